<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Add activity</source>
        <translation>Ajouter une activité</translation>
    </message>
    <message>
        <source>Edit activity</source>
        <translation>Modifier l&apos;activité</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>e.g. Silent brainstorm</source>
        <translation>p. ex. Remue-méninges silencieux</translation>
    </message>
    <message>
        <source>The question put to the room, e.g. “What gets in the way when you visit the library?”</source>
        <translation>La question posée à la salle, p. ex. «&#xa0;Qu&apos;est-ce qui vous gêne quand vous allez à la bibliothèque&#xa0;?&#xa0;»</translation>
    </message>
    <message>
        <source>not planned</source>
        <translation>non prévue</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation>É&amp;tape&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Prompt:</source>
        <translation>&amp;Question posée&#xa0;:</translation>
    </message>
    <message>
        <source>Planned &amp;time:</source>
        <translation>&amp;Durée prévue&#xa0;:</translation>
    </message>
</context>
<context>
    <name>BoardPanel</name>
    <message>
        <source>Double-click the theme to rename it; drop notes here to add them</source>
        <translation>Double-cliquez sur le thème pour le renommer&#xa0;; déposez des notes ici pour les y ajouter</translation>
    </message>
    <message>
        <source>Colour by group</source>
        <translation>Couleur par groupe</translation>
    </message>
    <message>
        <source>Colour by theme</source>
        <translation>Couleur par thème</translation>
    </message>
    <message>
        <source>Colour notes by</source>
        <translation>Colorer les notes par</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Show &amp;authors</source>
        <translation>Afficher les a&amp;uteurs</translation>
    </message>
    <message>
        <source>Labels in the corner of each note</source>
        <translation>Étiquettes dans le coin de chaque note</translation>
    </message>
    <message>
        <source>&amp;Tidy</source>
        <translation>&amp;Ranger</translation>
    </message>
    <message>
        <source>Lay the themes out in columns without overlaps</source>
        <translation>Disposer les thèmes en colonnes, sans chevauchement</translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation>Tout voir</translation>
    </message>
    <message>
        <source>See the whole board (Ctrl+0)</source>
        <translation>Voir tout le tableau (Ctrl+0)</translation>
    </message>
    <message>
        <source>Actual size (Ctrl+1)</source>
        <translation>Taille réelle (Ctrl+1)</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n theme(s)</source>
        <translation>
            <numerusform>%n thème</numerusform>
            <numerusform>%n thèmes</numerusform>
        </translation>
    </message>
    <message>
        <source> · drag to arrange, drop onto a theme or a note to group</source>
        <translation> · glissez pour ranger, déposez sur un thème ou une note pour regrouper</translation>
    </message>
    <message>
        <source>Rename theme</source>
        <translation>Renommer le thème</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Thème&#xa0;:</translation>
    </message>
    <message>
        <source>Tidy the board</source>
        <translation>Ranger le tableau</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Sticky-note board</source>
        <translation>Tableau de notes</translation>
    </message>
</context>
<context>
    <name>CapturePanel</name>
    <message>
        <source>participant or table</source>
        <translation>participant ou table</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nouvelle note</translation>
    </message>
    <message>
        <source>Type a note and press Enter</source>
        <translation>Tapez une note et appuyez sur Entrée</translation>
    </message>
    <message>
        <source>Captured notes</source>
        <translation>Notes saisies</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Auteur&#xa0;:</translation>
    </message>
    <message>
        <source>Ac&amp;tivity:</source>
        <translation>Ac&amp;tivité&#xa0;:</translation>
    </message>
    <message>
        <source>Enter saves · ↑ earlier notes · “@R2 …” author of one note · Alt+A author, Alt+T activity (Enter or Esc: back here) · Ctrl+E: here from anywhere · Ctrl+Z in the empty field: undo</source>
        <translation>Entrée enregistre · ↑ notes précédentes · «&#xa0;@R2 …&#xa0;» auteur d&apos;une seule note · Alt+A auteur, Alt+T activité (Entrée ou Échap&#xa0;: retour ici) · Ctrl+E&#xa0;: ici depuis partout · Ctrl+Z dans le champ vide&#xa0;: annuler</translation>
    </message>
    <message>
        <source>(no activity)</source>
        <translation>(aucune activité)</translation>
    </message>
    <message>
        <source>{0}  ·  step {1}</source>
        <translation>{0}  ·  étape {1}</translation>
    </message>
    <message>
        <source> in the group “{}”</source>
        <translation> dans le groupe «&#xa0;{}&#xa0;»</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Nouveau participant</translation>
    </message>
    <message>
        <source>{0} is not a participant of this workshop yet.

Add {0}{1} and save the note by them?</source>
        <translation>{0} ne participe pas encore à cet atelier.

Ajouter {0}{1} et enregistrer la note à son nom&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Add {} and save</source>
        <translation>&amp;Ajouter {} et enregistrer</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>save the note being typed</source>
        <translation>enregistrer la note en cours de saisie</translation>
    </message>
    <message>
        <source>move between the new note and the notes captured before</source>
        <translation>passer de la nouvelle note aux notes saisies avant</translation>
    </message>
    <message>
        <source>F2 or Enter</source>
        <translation>F2 ou Entrée</translation>
    </message>
    <message>
        <source>edit the chosen note</source>
        <translation>modifier la note choisie</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>remove the chosen notes</source>
        <translation>supprimer les notes choisies</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>from the captured notes, the author or the activity: back to the note</source>
        <translation>depuis les notes saisies, l&apos;auteur ou l&apos;activité&#xa0;: retour à la note</translation>
    </message>
    <message>
        <source>@R2 at the start</source>
        <translation>@R2 au début</translation>
    </message>
    <message>
        <source>make R2 the author of that note alone (a new R2 is offered as a participant)</source>
        <translation>faire de R2 l&apos;auteur de cette seule note (un nouveau R2 est proposé comme participant)</translation>
    </message>
    <message>
        <source>choose the author / the activity; Enter or Esc back to the note</source>
        <translation>choisir l&apos;auteur / l&apos;activité&#xa0;; Entrée ou Échap pour revenir à la note</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to shared workshop</source>
        <translation>Se connecter à un atelier partagé</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>non conservé</translation>
    </message>
    <message>
        <source>e.g. Table 3</source>
        <translation>p. ex. Table 3</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>This &amp;laptop:</source>
        <translation>Cet &amp;ordinateur&#xa0;:</translation>
    </message>
    <message>
        <source>Every laptop at the workshop connects to the same server; each note records which laptop captured it. The password is only used now.</source>
        <translation>Chaque ordinateur de l&apos;atelier se connecte au même serveur&#xa0;; chaque note garde la trace de l&apos;ordinateur qui l&apos;a saisie. Le mot de passe ne sert que maintenant.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>The server address is a database URL such as postgresql+psycopg://user@host/database.</source>
        <translation>L&apos;adresse du serveur est une URL de base de données, par exemple postgresql+psycopg://utilisateur@hote/base.</translation>
    </message>
    <message>
        <source>Give this laptop a name, e.g. &apos;Table 3&apos;.</source>
        <translation>Donnez un nom à cet ordinateur, p. ex. «&#xa0;Table 3&#xa0;».</translation>
    </message>
    <message>
        <source>postgresql+psycopg://facilitator@server.local/library-workshop</source>
        <translation>postgresql+psycopg://facilitator@serveur.local/atelier-mediatheque</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Everything saved so far is safe, and you can carry on; if it happens again, please send the details to whoever supports Facilitator.

Details are in {0}.</source>
        <translation>Un problème inattendu est survenu. Tout ce qui a été enregistré est en sécurité et vous pouvez continuer&#xa0;; si cela se reproduit, envoyez les détails à la personne qui assure le support de Facilitator.

Les détails sont dans {0}.</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copier les détails</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Export brief</source>
        <translation>Exporter un document</translation>
    </message>
    <message>
        <source>Export notes as CSV</source>
        <translation>Exporter les notes en CSV</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>No templates found: reinstall Facilitator or add a .docx template to your templates folder.</source>
        <translation>Aucun modèle trouvé&#xa0;: réinstallez Facilitator ou ajoutez un modèle .docx à votre dossier de modèles.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Enregistrer sous&#xa0;:</translation>
    </message>
    <message>
        <source>Include the &amp;appendix of every note, by theme</source>
        <translation>Inclure l&apos;&amp;annexe de toutes les notes, par thème</translation>
    </message>
    <message>
        <source>Start with a one-page s&amp;ummary of the top insights</source>
        <translation>Commencer par un &amp;résumé d&apos;une page des principaux enseignements</translation>
    </message>
    <message>
        <source>Personal data found in the notes</source>
        <translation>Données personnelles trouvées dans les notes</translation>
    </message>
    <message>
        <source> (also written {0})</source>
        <translation> (aussi écrit {0})</translation>
    </message>
    <message numerus="yes">
        <source>in %n note(s)</source>
        <translation>
            <numerusform>dans %n note</numerusform>
            <numerusform>dans %n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>Participants appear by their label only. These were found in the note texts: ticked ones are replaced by [name], [e-mail] or [phone] in the export. Untick only what you mean to keep; the notes themselves are not changed.</source>
        <translation>Les participants n&apos;apparaissent que par leur libellé. Ces éléments figurent dans le texte des notes&#xa0;: ceux qui sont cochés sont remplacés par [name], [e-mail] ou [phone] dans l&apos;export. Ne décochez que ce que vous voulez garder&#xa0;; les notes elles-mêmes ne changent pas.</translation>
    </message>
    <message>
        <source>Participants appear by their label only. No registered names, e-mail addresses or phone numbers were found in the notes.</source>
        <translation>Les participants n&apos;apparaissent que par leur libellé. Aucun nom, adresse de courriel ou numéro de téléphone enregistré n&apos;a été trouvé dans les notes.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Word documents</source>
        <translation>Documents Word</translation>
    </message>
    <message>
        <source>CSV files</source>
        <translation>Fichiers CSV</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Choisissez où enregistrer l&apos;export.</translation>
    </message>
    <message>
        <source>Could not make the folder {0}: {1}.</source>
        <translation>Impossible de créer le dossier {0}&#xa0;: {1}.</translation>
    </message>
    <message>
        <source>Choose a template.</source>
        <translation>Choisissez un modèle.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
</context>
<context>
    <name>ExportWorker</name>
    <message>
        <source>The export failed: {0}</source>
        <translation>L&apos;export a échoué&#xa0;: {0}</translation>
    </message>
    <message>
        <source>The export failed unexpectedly; nothing was written and the workshop is unchanged. Details (no participant text) are in {0}.</source>
        <translation>L&apos;export a échoué de façon inattendue&#xa0;; rien n&apos;a été écrit et l&apos;atelier est inchangé. Les détails (sans aucun texte des participants) sont dans {0}.</translation>
    </message>
</context>
<context>
    <name>FormKeys</name>
    <message>
        <source>Shift+Enter starts a new line</source>
        <translation>Shift+Enter&#xa0;: nouvelle ligne</translation>
    </message>
</context>
<context>
    <name>GraphCanvas</name>
    <message>
        <source>Insight graph drawing</source>
        <translation>Dessin du graphe des enseignements</translation>
    </message>
</context>
<context>
    <name>GraphView</name>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Insight</source>
        <translation>Enseignement</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Solution</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Enseignements</translation>
    </message>
    <message>
        <source>Solutions</source>
        <translation>Solutions</translation>
    </message>
    <message>
        <source>belongs to</source>
        <translation>appartient à</translation>
    </message>
    <message>
        <source>supports</source>
        <translation>appuie</translation>
    </message>
    <message>
        <source>addresses</source>
        <translation>répond à</translation>
    </message>
    <message>
        <source>contradicts</source>
        <translation>contredit</translation>
    </message>
    <message>
        <source>relates</source>
        <translation>est lié à</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>Graphe</translation>
    </message>
    <message>
        <source>Show &amp;notes</source>
        <translation>Affi&amp;cher les notes</translation>
    </message>
    <message>
        <source>Draw every note as a dot beside its theme</source>
        <translation>Dessiner chaque note comme un point à côté de son thème</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>A&amp;juster</translation>
    </message>
    <message>
        <source>Fit the whole graph in view (0)</source>
        <translation>Ajuster tout le graphe à la vue (0)</translation>
    </message>
    <message>
        <source>&amp;Export GraphML…</source>
        <translation>E&amp;xporter en GraphML…</translation>
    </message>
    <message>
        <source>Save the graph as GraphML for Gephi, yEd or Python</source>
        <translation>Enregistrer le graphe en GraphML pour Gephi, yEd ou Python</translation>
    </message>
    <message>
        <source>Find a theme, insight or note…</source>
        <translation>Chercher un thème, un enseignement ou une note…</translation>
    </message>
    <message>
        <source>Find in the graph</source>
        <translation>Chercher dans le graphe</translation>
    </message>
    <message>
        <source>Type to mark what matches; Enter goes to the next one (Ctrl+F)</source>
        <translation>Tapez pour marquer ce qui correspond&#xa0;; Entrée passe au suivant (Ctrl+F)</translation>
    </message>
    <message>
        <source>What the graph shows</source>
        <translation>Ce que montre le graphe</translation>
    </message>
    <message>
        <source>Choose a node to see the notes behind it.</source>
        <translation>Choisissez un nœud pour voir les notes qui le fondent.</translation>
    </message>
    <message>
        <source>Notes behind the chosen node</source>
        <translation>Notes derrière le nœud choisi</translation>
    </message>
    <message>
        <source>The graph cannot be drawn: {0}</source>
        <translation>Le graphe ne peut pas être dessiné&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Insights by breadth of support</source>
        <translation>Enseignements selon l&apos;étendue de leurs appuis</translation>
    </message>
    <message>
        <source>No insights yet: promote a theme on the Themes tab.</source>
        <translation>Pas encore d&apos;enseignement&#xa0;: dans l&apos;onglet Thèmes, faites-en un à partir d&apos;un thème.</translation>
    </message>
    <message>
        <source>group unknown</source>
        <translation>groupe inconnu</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n groupe</numerusform>
            <numerusform>%n groupes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>Themes heard from one group only</source>
        <translation>Thèmes entendus d&apos;un seul groupe</translation>
    </message>
    <message>
        <source>Every theme has voices from more than one group.</source>
        <translation>Chaque thème réunit des voix de plus d&apos;un groupe.</translation>
    </message>
    <message numerus="yes">
        <source>only {0} · %n note(s): one voice may dominate</source>
        <translation>
            <numerusform>seulement {0} · %n note&#xa0;: une voix peut dominer</numerusform>
            <numerusform>seulement {0} · %n notes&#xa0;: une voix peut dominer</numerusform>
        </translation>
    </message>
    <message>
        <source>In tension (contradicts)</source>
        <translation>En tension (contradictions)</translation>
    </message>
    <message>
        <source>No contradictions recorded.</source>
        <translation>Aucune contradiction relevée.</translation>
    </message>
    <message numerus="yes">
        <source>%n unsorted note(s) is/are not drawn.</source>
        <translation>
            <numerusform>%n note non classée n&apos;est pas dessinée.</numerusform>
            <numerusform>%n notes non classées ne sont pas dessinées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) from {0}</source>
        <translation>
            <numerusform>%n note de {0}</numerusform>
            <numerusform>%n notes de {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in the graph matches “%1”.</source>
        <translation>Rien dans le graphe ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>1 match: Enter goes to it.</source>
        <translation>1 résultat&#xa0;: Entrée y mène.</translation>
    </message>
    <message>
        <source>%1 matches: Enter goes to each in turn.</source>
        <translation>%1 résultats&#xa0;: Entrée mène à chacun tour à tour.</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Export the insight graph</source>
        <translation>Exporter le graphe des enseignements</translation>
    </message>
    <message>
        <source>{0} graph.graphml</source>
        <translation>{0} graphe.graphml</translation>
    </message>
    <message>
        <source>GraphML (*.graphml)</source>
        <translation>GraphML (*.graphml)</translation>
    </message>
    <message>
        <source>Cannot export the graph</source>
        <translation>Impossible d&apos;exporter le graphe</translation>
    </message>
    <message>
        <source>Graph exported to {0}</source>
        <translation>Graphe exporté dans {0}</translation>
    </message>
</context>
<context>
    <name>KeyboardHelp</name>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System language ({0})</source>
        <translation>Langue du système ({0})</translation>
    </message>
    <message>
        <source>Facilitator speaks {0} now.</source>
        <translation>Langue de Facilitator&#xa0;: {0}, dès maintenant.</translation>
    </message>
    <message>
        <source>Facilitator will speak {0} from its next start.</source>
        <translation>Langue de Facilitator&#xa0;: {0}, au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Workshop files (*.workshop);;All files (*)</source>
        <translation>Fichiers d&apos;atelier (*.workshop);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Saisie</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Voice balance</source>
        <translation>Équilibre des voix</translation>
    </message>
    <message>
        <source>Timer and projector</source>
        <translation>Minuteur et projecteur</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>État de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation>&amp;Nouvel atelier…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ateliers &amp;récents</translation>
    </message>
    <message>
        <source>Connect to s&amp;hared workshop…</source>
        <translation>Se connecter à un atelier &amp;partagé…</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <source>Export &amp;brief…</source>
        <translation>Exporter un &amp;document…</translation>
    </message>
    <message>
        <source>Export notes as CS&amp;V…</source>
        <translation>Exporter les notes en CS&amp;V…</translation>
    </message>
    <message>
        <source>Export insight &amp;graph…</source>
        <translation>Exporter le &amp;graphe des enseignements…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>Restaurer une &amp;sauvegarde…</translation>
    </message>
    <message>
        <source>Open &amp;templates folder</source>
        <translation>Ouvrir le dossier des &amp;modèles</translation>
    </message>
    <message>
        <source>&amp;Close workshop</source>
        <translation>&amp;Fermer l&apos;atelier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Undo any change – notes, participants, activities, details, steps, votes (in the empty note field too)</source>
        <translation>Annuler toute modification – notes, participants, activités, détails, étapes, votes (aussi dans le champ de note vide)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Redo the change just undone</source>
        <translation>Rétablir la modification qui vient d&apos;être annulée</translation>
    </message>
    <message>
        <source>&amp;Find notes</source>
        <translation>Re&amp;chercher des notes</translation>
    </message>
    <message>
        <source>&amp;Capture a note</source>
        <translation>&amp;Saisir une note</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation>Atelie&amp;r</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Informations…</translation>
    </message>
    <message>
        <source>Add &amp;participant…</source>
        <translation>Ajouter un &amp;participant…</translation>
    </message>
    <message>
        <source>Add &amp;activity…</source>
        <translation>Ajouter une &amp;activité…</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>Étape &amp;suivante</translation>
    </message>
    <message>
        <source>P&amp;revious step</source>
        <translation>Étape pré&amp;cédente</translation>
    </message>
    <message>
        <source>&amp;Method library…</source>
        <translation>&amp;Bibliothèque de méthodes…</translation>
    </message>
    <message>
        <source>Suggest &amp;themes…</source>
        <translation>Suggérer des &amp;thèmes…</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>&amp;Salle</translation>
    </message>
    <message>
        <source>&amp;Open the room to phones…</source>
        <translation>&amp;Ouvrir la salle aux téléphones…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>&amp;Themes</source>
        <translation>&amp;Thèmes</translation>
    </message>
    <message>
        <source>Insight &amp;graph</source>
        <translation>&amp;Graphe des enseignements</translation>
    </message>
    <message>
        <source>&amp;Solutions</source>
        <translation>&amp;Solutions</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>Ta&amp;bleau</translation>
    </message>
    <message>
        <source>&amp;Presenter view</source>
        <translation>Vue de &amp;présentation</translation>
    </message>
    <message>
        <source>Presenter view: the step, the question and the timer in large type on the projector; Esc or F11 leaves it</source>
        <translation>Vue de présentation&#xa0;: l&apos;étape, la question et le minuteur en grands caractères au projecteur&#xa0;; Échap ou F11 pour en sortir</translation>
    </message>
    <message>
        <source>Project the ne&amp;xt thing</source>
        <translation>Projeter la vue sui&amp;vante</translation>
    </message>
    <message>
        <source>Start / pause the &amp;timer</source>
        <translation>Lancer / mettre en pause le &amp;minuteur</translation>
    </message>
    <message>
        <source>&amp;Reset the timer</source>
        <translation>&amp;Réinitialiser le minuteur</translation>
    </message>
    <message>
        <source>One more &amp;minute</source>
        <translation>&amp;Une minute de plus</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About {0}</source>
        <translation>À &amp;propos de {0}</translation>
    </message>
    <message>
        <source>Cannot create the workshop</source>
        <translation>Impossible de créer l&apos;atelier</translation>
    </message>
    <message>
        <source>Open workshop</source>
        <translation>Ouvrir un atelier</translation>
    </message>
    <message>
        <source>Opening the workshop…</source>
        <translation>Ouverture de l&apos;atelier…</translation>
    </message>
    <message>
        <source>Cannot open the workshop</source>
        <translation>Impossible d&apos;ouvrir l&apos;atelier</translation>
    </message>
    <message>
        <source>Open a workshop to see the keys of its panels too.</source>
        <translation>Ouvrez un atelier pour voir aussi les touches de ses panneaux.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>{0} copy</source>
        <translation>{0} copie</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>Cannot save the copy</source>
        <translation>Impossible d&apos;enregistrer la copie</translation>
    </message>
    <message>
        <source>Copy saved as {0}</source>
        <translation>Copie enregistrée sous {0}</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>Impossible de restaurer la sauvegarde</translation>
    </message>
    <message>
        <source>Restored the backup from {0}; the previous file is kept as &apos;{1}&apos;</source>
        <translation>Sauvegarde du {0} restaurée&#xa0;; le fichier précédent est conservé sous «&#xa0;{1}&#xa0;»</translation>
    </message>
    <message>
        <source>Exported {0}</source>
        <translation>Exporté&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Templates folder</source>
        <translation>Dossier des modèles</translation>
    </message>
    <message>
        <source>Could not make {0}: {1}.</source>
        <translation>Impossible de créer {0}&#xa0;: {1}.</translation>
    </message>
    <message>
        <source>Templates folder: {0} – copy a brief template here and edit it in Word</source>
        <translation>Dossier des modèles&#xa0;: {0} – copiez-y un modèle de document et modifiez-le dans Word</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>Enregistré à {0}</translation>
    </message>
    <message>
        <source>NOT SAVED</source>
        <translation>NON ENREGISTRÉ</translation>
    </message>
    <message>
        <source>NOT SAVED: {0} What you typed is still there; press Enter again once the problem is fixed.</source>
        <translation>NON ENREGISTRÉ&#xa0;: {0} Ce que vous avez tapé est toujours là&#xa0;; appuyez de nouveau sur Entrée une fois le problème réglé.</translation>
    </message>
    <message>
        <source>The workshop file had been deleted or moved; it was written back to {0} with everything in it.</source>
        <translation>Le fichier d&apos;atelier avait été supprimé ou déplacé&#xa0;; il a été réécrit dans {0} avec tout son contenu.</translation>
    </message>
    <message>
        <source>Decisions are postponed</source>
        <translation>Les décisions sont reportées</translation>
    </message>
    <message>
        <source>Go ahead anyway</source>
        <translation>Continuer quand même</translation>
    </message>
    <message>
        <source>That change was not made</source>
        <translation>Cette modification n&apos;a pas été faite</translation>
    </message>
    <message>
        <source>No recent workshops</source>
        <translation>Aucun atelier récent</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Vider la liste</translation>
    </message>
    <message>
        <source>About {0}</source>
        <translation>À propos de {0}</translation>
    </message>
    <message>
        <source>&lt;p&gt;A toolkit for co-design workshops on public services: involve users, postpone decisions, synthesise insights, develop solutions.&lt;/p&gt;&lt;p&gt;Works offline. Everything is saved as you go.&lt;/p&gt;&lt;p&gt;English notes are also grouped by meaning, on this computer, with two small language models: WordLlama (MIT licence) and all-MiniLM-L6-v2 (Apache License 2.0).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Une boîte à outils pour les ateliers de co-conception de services publics&#xa0;: impliquer les usagers, reporter les décisions, synthétiser les enseignements, élaborer les solutions.&lt;/p&gt;&lt;p&gt;Fonctionne hors ligne. Tout est enregistré au fil de l&apos;eau.&lt;/p&gt;&lt;p&gt;Les notes en anglais sont aussi regroupées par sens, sur cet ordinateur, avec deux petits modèles de langue&#xa0;: WordLlama (licence MIT) et all-MiniLM-L6-v2 (licence Apache 2.0).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>Quick wins</source>
        <translation>Gains rapides</translation>
    </message>
    <message>
        <source>Big bets</source>
        <translation>Grands projets</translation>
    </message>
    <message>
        <source>Fill-ins</source>
        <translation>Tâches d&apos;appoint</translation>
    </message>
    <message>
        <source>Think twice</source>
        <translation>À reconsidérer</translation>
    </message>
    <message numerus="yes">
        <source>{0} – %n dot(s)</source>
        <translation>
            <numerusform>{0} – %n gommette</numerusform>
            <numerusform>{0} – %n gommettes</numerusform>
        </translation>
    </message>
    <message>
        <source>Impact and effort matrix</source>
        <translation>Matrice impact/effort</translation>
    </message>
    <message>
        <source>Impact ↑</source>
        <translation>Impact ↑</translation>
    </message>
    <message>
        <source>Effort →</source>
        <translation>Effort →</translation>
    </message>
    <message>
        <source>Not placed yet: drag onto the matrix</source>
        <translation>Pas encore placée&#xa0;: faites-la glisser sur la matrice</translation>
    </message>
</context>
<context>
    <name>MethodBrowser</name>
    <message>
        <source>Any</source>
        <translation>Indifférent</translation>
    </message>
    <message>
        <source>individual</source>
        <translation>individuel</translation>
    </message>
    <message>
        <source>collective</source>
        <translation>collectif</translation>
    </message>
    <message>
        <source>both</source>
        <translation>les deux</translation>
    </message>
    <message>
        <source>short</source>
        <translation>court</translation>
    </message>
    <message>
        <source>long</source>
        <translation>long</translation>
    </message>
    <message>
        <source>either</source>
        <translation>l&apos;un ou l&apos;autre</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>some</source>
        <translation>un peu</translation>
    </message>
    <message>
        <source>Method library</source>
        <translation>Bibliothèque de méthodes</translation>
    </message>
    <message>
        <source>Search names, purposes and instructions</source>
        <translation>Chercher dans les noms, les objectifs et les consignes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Time available for the activity (0: any)</source>
        <translation>Temps disponible pour l&apos;activité (0&#xa0;: indifférent)</translation>
    </message>
    <message>
        <source>How many people take part (0: any)</source>
        <translation>Nombre de personnes présentes (0&#xa0;: indifférent)</translation>
    </message>
    <message>
        <source>Together (collective)</source>
        <translation>Ensemble (collectif)</translation>
    </message>
    <message>
        <source>On their own (individual)</source>
        <translation>Chacun de son côté (individuel)</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;tep:</source>
        <translation>É&amp;tape&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Durée&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;People:</source>
        <translation>&amp;Personnes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Work:</source>
        <translation>M&amp;ode&#xa0;:</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Short (one session)</source>
        <translation>Court (une séance)</translation>
    </message>
    <message>
        <source>Long (several meetings)</source>
        <translation>Long (plusieurs rencontres)</translation>
    </message>
    <message>
        <source>Help me choose</source>
        <translation>Aidez-moi à choisir</translation>
    </message>
    <message>
        <source>&amp;Engagement:</source>
        <translation>&amp;Engagement&#xa0;:</translation>
    </message>
    <message>
        <source>Participants &amp;know the subject:</source>
        <translation>Les participants connaissent le su&amp;jet&#xa0;:</translation>
    </message>
    <message>
        <source>The problem splits into pa&amp;rts:</source>
        <translation>Le problème se découpe en part&amp;ies&#xa0;:</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source> (yours)</source>
        <translation> (la vôtre)</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Méthodes</translation>
    </message>
    <message>
        <source>How to run the method</source>
        <translation>Comment mener la méthode</translation>
    </message>
    <message>
        <source>&amp;Add to agenda</source>
        <translation>&amp;Ajouter au programme</translation>
    </message>
    <message>
        <source>Add the method as an activity of this workshop (Ctrl+Enter)</source>
        <translation>Ajouter la méthode comme activité de cet atelier (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;New method…</source>
        <translation>&amp;Nouvelle méthode…</translation>
    </message>
    <message>
        <source>Make a &amp;copy to edit…</source>
        <translation>Faire une &amp;copie à modifier…</translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n method(s)</source>
        <translation>
            <numerusform>{0} sur %n méthode</numerusform>
            <numerusform>{0} sur %n méthodes</numerusform>
        </translation>
    </message>
    <message>
        <source>, best fit first</source>
        <translation>, les plus adaptées d&apos;abord</translation>
    </message>
    <message>
        <source>Some method files could not be read and are left out: </source>
        <translation>Certains fichiers de méthode n&apos;ont pas pu être lus et sont laissés de côté&#xa0;: </translation>
    </message>
    <message>
        <source>No method matches. Clear a filter or the search.</source>
        <translation>Aucune méthode ne correspond. Retirez un filtre ou videz la recherche.</translation>
    </message>
    <message>
        <source>&amp;Edit your method…</source>
        <translation>&amp;Modifier votre méthode…</translation>
    </message>
    <message>
        <source>Cannot save the method</source>
        <translation>Impossible d&apos;enregistrer la méthode</translation>
    </message>
    <message>
        <source>Could not write to {0}: {1}.</source>
        <translation>Impossible d&apos;écrire dans {0}&#xa0;: {1}.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Draws on</source>
        <translation>Mobilise</translation>
    </message>
    <message>
        <source>Participants need</source>
        <translation>Prérequis</translation>
    </message>
    <message>
        <source>nothing beforehand</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>to know the subject</source>
        <translation>connaître le sujet</translation>
    </message>
    <message>
        <source>Fits:</source>
        <translation>Convient&#xa0;:</translation>
    </message>
    <message>
        <source>But:</source>
        <translation>Mais&#xa0;:</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <source>How to run it</source>
        <translation>Comment la mener</translation>
    </message>
    <message>
        <source>Prompts for the room</source>
        <translation>Questions posées à la salle</translation>
    </message>
    <message>
        <source>Your method, kept in {0}</source>
        <translation>Votre méthode, conservée dans {0}</translation>
    </message>
</context>
<context>
    <name>MethodDialog</name>
    <message>
        <source>Your method</source>
        <translation>Votre méthode</translation>
    </message>
    <message>
        <source> (ours)</source>
        <translation> (notre version)</translation>
    </message>
    <message>
        <source>Suits a problem that splits into parts</source>
        <translation>Convient à un problème qui se découpe en parties</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Objectif&#xa0;:</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Étapes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>&amp;Minutes&#xa0;:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Pe&amp;ople:</source>
        <translation>&amp;Personnes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Work:</source>
        <translation>Mo&amp;de&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Engagement:</source>
        <translation>&amp;Engagement&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;reparation:</source>
        <translation>Prépa&amp;ration&#xa0;:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Rôles&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>M&amp;aterials
(one a line):</source>
        <translation>Ma&amp;tériel
(un par ligne)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Instructions
(one step a line):</source>
        <translation>&amp;Instructions
(une étape par ligne)&#xa0;:</translation>
    </message>
    <message>
        <source>Promp&amp;ts
(one a line):</source>
        <translation>&amp;Questions posées
(une par ligne)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>NoteTableModel</name>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Search notes and authors (Ctrl+F)</source>
        <translation>Chercher dans les notes et les auteurs (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search notes</source>
        <translation>Chercher des notes</translation>
    </message>
    <message>
        <source>Filter by participant group</source>
        <translation>Filtrer par groupe de participants</translation>
    </message>
    <message>
        <source>Filter by step</source>
        <translation>Filtrer par étape</translation>
    </message>
    <message>
        <source>All steps</source>
        <translation>Toutes les étapes</translation>
    </message>
    <message>
        <source>Filter by activity</source>
        <translation>Filtrer par activité</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Show all notes again</source>
        <translation>Afficher de nouveau toutes les notes</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Tous les groupes</translation>
    </message>
    <message>
        <source>All activities</source>
        <translation>Toutes les activités</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n note(s)</source>
        <translation>
            <numerusform>{0} sur %n note</numerusform>
            <numerusform>{0} sur %n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OperationCommand</name>
    <message>
        <source>Redone: {0}</source>
        <translation>Rétabli&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Undone: {0}</source>
        <translation>Annulé&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Add participant</source>
        <translation>Ajouter un participant</translation>
    </message>
    <message>
        <source>Edit participant</source>
        <translation>Modifier le participant</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>A pseudonym such as R1 or Table 2 – Amira</source>
        <translation>Un pseudonyme comme R1 ou Table 2 – Amira</translation>
    </message>
    <message>
        <source>May be quoted (by label) in briefs</source>
        <translation>Peut être cité (par son libellé) dans les documents</translation>
    </message>
    <message>
        <source>Optional; never shown on screen lists or exported</source>
        <translation>Facultatif&#xa0;; jamais affiché dans les listes à l&apos;écran ni exporté</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Libellé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Groupe&#xa0;:</translation>
    </message>
    <message>
        <source>Citizen &amp;role:</source>
        <translation>&amp;Rôle citoyen&#xa0;:</translation>
    </message>
    <message>
        <source>Private – kept in the workshop file only:</source>
        <translation>Privé – conservé dans le fichier d&apos;atelier seulement&#xa0;:</translation>
    </message>
    <message>
        <source>Real &amp;name:</source>
        <translation>Vrai &amp;nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Courriel&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
</context>
<context>
    <name>PresenterControls</name>
    <message>
        <source>The question only</source>
        <translation>La question seule</translation>
    </message>
    <message>
        <source>Latest notes of the activity</source>
        <translation>Dernières notes de l&apos;activité</translation>
    </message>
    <message>
        <source>The theme selected</source>
        <translation>Le thème choisi</translation>
    </message>
    <message>
        <source>The board, where I look</source>
        <translation>Le tableau, là où je regarde</translation>
    </message>
    <message>
        <source>Solutions and votes</source>
        <translation>Solutions et votes</translation>
    </message>
    <message>
        <source>What the projector shows</source>
        <translation>Ce que montre le projecteur</translation>
    </message>
    <message>
        <source>What the presenter view shows below the question and the timer (Shift+F11: the next one)</source>
        <translation>Ce que la vue de présentation montre sous la question et le minuteur (Shift+F11&#xa0;: le suivant)</translation>
    </message>
    <message>
        <source>Projector on / off (F11)</source>
        <translation>Projecteur oui / non (F11)</translation>
    </message>
    <message>
        <source>Open or close the presenter view (F11)</source>
        <translation>Ouvrir ou fermer la vue de présentation (F11)</translation>
    </message>
    <message>
        <source>Phones…</source>
        <translation>Téléphones…</translation>
    </message>
    <message>
        <source>Open the room to phones</source>
        <translation>Ouvrir la salle aux téléphones</translation>
    </message>
    <message>
        <source>Open the room to phones: participants write and vote from their own (Ctrl+Shift+O)</source>
        <translation>Ouvrir la salle aux téléphones&#xa0;: les participants écrivent et votent depuis le leur (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Projector:</source>
        <translation>Projecteur&#xa0;:</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <source>Facilitator – presenter view</source>
        <translation>Facilitator – vue de présentation</translation>
    </message>
    <message>
        <source>The question to the room</source>
        <translation>La question posée à la salle</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Write from your phone</source>
        <translation>Écrivez depuis votre téléphone</translation>
    </message>
    <message>
        <source>Join code</source>
        <translation>Code d&apos;accès</translation>
    </message>
    <message>
        <source>No notes yet for this activity.</source>
        <translation>Pas encore de note pour cette activité.</translation>
    </message>
    <message>
        <source>Choose a theme on the Themes tab.</source>
        <translation>Choisissez un thème dans l&apos;onglet Thèmes.</translation>
    </message>
    <message>
        <source>No solutions yet.</source>
        <translation>Pas encore de solution.</translation>
    </message>
    <message>
        <source>and {0} more</source>
        <translation>et {0} de plus</translation>
    </message>
</context>
<context>
    <name>QrWidget</name>
    <message>
        <source>QR code for {0}</source>
        <translation>QR code pour {0}</translation>
    </message>
    <message>
        <source>No QR code</source>
        <translation>Pas de QR code</translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>RemoteFeed</name>
    <message>
        <source>The shared workshop&apos;s server cannot be reached ({0}).</source>
        <translation>Le serveur de l&apos;atelier partagé est injoignable ({0}).</translation>
    </message>
    <message>
        <source>The shared workshop&apos;s server went away ({0}).</source>
        <translation>La connexion au serveur de l&apos;atelier partagé a été perdue ({0}).</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>while working</source>
        <translation>en cours de travail</translation>
    </message>
    <message>
        <source>on closing</source>
        <translation>à la fermeture</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>avant une mise à jour</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>avant une restauration</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>ddd dd MMM yyyy, HH:mm:ss</source>
        <translation>ddd d MMM yyyy, HH:mm:ss</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Moment</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>endommagée</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Backups of &apos;{0}&apos;. Restoring puts the chosen backup in place of the workshop; the current file is kept beside it under a new name, never deleted.</source>
        <translation>Sauvegardes de «&#xa0;{0}&#xa0;». La restauration met la sauvegarde choisie à la place de l&apos;atelier&#xa0;; le fichier actuel est conservé à côté sous un nouveau nom, jamais supprimé.</translation>
    </message>
    <message>
        <source>There are no backups of &apos;{0}&apos; yet.</source>
        <translation>Il n&apos;y a pas encore de sauvegarde de «&#xa0;{0}&#xa0;».</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Cannot open the workshop</source>
        <translation>Impossible d&apos;ouvrir l&apos;atelier</translation>
    </message>
    <message>
        <source>There is no backup of it to go back to.</source>
        <translation>Il n&apos;en existe aucune sauvegarde à laquelle revenir.</translation>
    </message>
    <message>
        <source>ddd dd MMM, HH:mm</source>
        <translation>ddd d MMM, HH:mm</translation>
    </message>
    <message numerus="yes">
        <source>The newest good backup is from {0} with %n note(s). Set the damaged file aside (it is kept, renamed) and open the backup?</source>
        <translation>
            <numerusform>La sauvegarde valide la plus récente date du {0} et contient %n note. Mettre de côté le fichier endommagé (il est conservé, renommé) et ouvrir la sauvegarde&#xa0;?</numerusform>
            <numerusform>La sauvegarde valide la plus récente date du {0} et contient %n notes. Mettre de côté le fichier endommagé (il est conservé, renommé) et ouvrir la sauvegarde&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>The workshop file is damaged</source>
        <translation>Le fichier d&apos;atelier est endommagé</translation>
    </message>
    <message>
        <source>Open the backup</source>
        <translation>Ouvrir la sauvegarde</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>Impossible de restaurer la sauvegarde</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <source>The damaged file was kept as &apos;{0}&apos;.</source>
        <translation>Le fichier endommagé a été conservé sous «&#xa0;{0}&#xa0;».</translation>
    </message>
</context>
<context>
    <name>RoomAdapter</name>
    <message>
        <source>Hide note “{0}”</source>
        <translation>Masquer la note «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Show note “{0}” again</source>
        <translation>Afficher de nouveau la note «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Note from {0} “{1}”</source>
        <translation>Note de {0} «&#xa0;{1}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <source>The room: phones</source>
        <translation>La salle&#xa0;: téléphones</translation>
    </message>
    <message>
        <source>Address for phones</source>
        <translation>Adresse pour les téléphones</translation>
    </message>
    <message>
        <source>Join code</source>
        <translation>Code d&apos;accès</translation>
    </message>
    <message>
        <source>Network address the room listens on</source>
        <translation>Adresse réseau sur laquelle la salle écoute</translation>
    </message>
    <message>
        <source>The laptop&apos;s address on the Wi-Fi (or hotspot) the phones join</source>
        <translation>L&apos;adresse de l&apos;ordinateur sur le Wi-Fi (ou le partage de connexion) que rejoignent les téléphones</translation>
    </message>
    <message>
        <source>&amp;Open the room</source>
        <translation>&amp;Ouvrir la salle</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>New &amp;code</source>
        <translation>Nouveau &amp;code</translation>
    </message>
    <message>
        <source>C&amp;lose the room</source>
        <translation>&amp;Fermer la salle</translation>
    </message>
    <message>
        <source>Every phone is told and must join again</source>
        <translation>Chaque téléphone est prévenu et doit rejoindre de nouveau</translation>
    </message>
    <message>
        <source>Phones may choose their participant &amp;label</source>
        <translation>Les téléphones peuvent choisir leur &amp;libellé de participant</translation>
    </message>
    <message>
        <source>&amp;Voting open on phones</source>
        <translation>&amp;Vote ouvert sur les téléphones</translation>
    </message>
    <message>
        <source>&amp;Reveal vote totals</source>
        <translation>&amp;Dévoiler les totaux des votes</translation>
    </message>
    <message>
        <source>Show the &amp;join code on the projector</source>
        <translation>Afficher le code d&apos;&amp;accès au projecteur</translation>
    </message>
    <message>
        <source>Notes from phones</source>
        <translation>Notes des téléphones</translation>
    </message>
    <message>
        <source>Hidden notes</source>
        <translation>Notes masquées</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Masquer</translation>
    </message>
    <message>
        <source>Take the note off the board, lists, projector and exports (Delete). Undo shows it again.</source>
        <translation>Retirer la note du tableau, des listes, du projecteur et des exports (Suppr). Annuler la fait réapparaître.</translation>
    </message>
    <message>
        <source>&amp;Show again</source>
        <translation>Afficher à &amp;nouveau</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Réseau&#xa0;:</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>Modération</translation>
    </message>
    <message>
        <source>Notes from phones, latest first</source>
        <translation>Notes des téléphones, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Masquées</translation>
    </message>
    <message>
        <source>Code: %s</source>
        <translation>Code&#xa0;: %s</translation>
    </message>
    <message>
        <source>Listening on every network of this laptop.</source>
        <translation>À l&apos;écoute sur tous les réseaux de cet ordinateur.</translation>
    </message>
    <message>
        <source>This address is the laptop itself: phones cannot reach it. Join a Wi-Fi or open a hotspot, then choose its address.</source>
        <translation>Cette adresse est celle de l&apos;ordinateur lui-même&#xa0;: les téléphones ne peuvent pas la joindre. Rejoignez un Wi-Fi ou ouvrez un partage de connexion, puis choisissez son adresse.</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) joined</source>
        <translation>
            <numerusform>%n téléphone connecté</numerusform>
            <numerusform>%n téléphones connectés</numerusform>
        </translation>
    </message>
    <message>
        <source>Not serving. The room is still open: open it again and the phones rejoin with the same code.</source>
        <translation>Hors service. La salle reste ouverte&#xa0;: rouvrez-la et les téléphones la rejoignent avec le même code.</translation>
    </message>
    <message>
        <source>The room is closed. Open it to let phones join.</source>
        <translation>La salle est fermée. Ouvrez-la pour que les téléphones la rejoignent.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Close the room</source>
        <translation>Fermer la salle</translation>
    </message>
    <message>
        <source>Close the room? Every phone is told, and must join again with a new code if the room opens later. Notes already sent stay in the workshop.</source>
        <translation>Fermer la salle&#xa0;? Chaque téléphone est prévenu et devra la rejoindre avec un nouveau code si la salle rouvre plus tard. Les notes déjà envoyées restent dans l&apos;atelier.</translation>
    </message>
    <message>
        <source>The room</source>
        <translation>La salle</translation>
    </message>
</context>
<context>
    <name>SolutionDialog</name>
    <message>
        <source>New solution</source>
        <translation>Nouvelle solution</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Solution</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>Insights it addresses</source>
        <translation>Enseignements auxquels elle répond</translation>
    </message>
    <message>
        <source>&amp;Addresses:</source>
        <translation>&amp;Répond à&#xa0;:</translation>
    </message>
    <message>
        <source>A team, a named role, a group of residents…</source>
        <translation>Une équipe, un rôle nommé, un groupe d&apos;habitants…</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Why it stands where it does (needed to drop it)</source>
        <translation>Pourquoi elle en est là (obligatoire pour l&apos;abandonner)</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>Res&amp;ponsable&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Next step:</source>
        <translation>Proc&amp;haine étape&#xa0;:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>É&amp;chéance&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Status n&amp;ote:</source>
        <translation>&amp;Note sur le statut&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SolutionsPanel</name>
    <message>
        <source>Solution</source>
        <translation>Solution</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Resp.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Délai</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Solutions</source>
        <translation>Solutions</translation>
    </message>
    <message>
        <source>The chosen solution</source>
        <translation>La solution choisie</translation>
    </message>
    <message>
        <source>No solutions yet. In step 4, add one for the insights it addresses (Insert), then vote and place it on the matrix.</source>
        <translation>Pas encore de solution. À l&apos;étape 4, ajoutez-en une pour les enseignements auxquels elle répond (Inser), puis votez et placez-la sur la matrice.</translation>
    </message>
    <message>
        <source>Who is voting</source>
        <translation>Qui vote</translation>
    </message>
    <message>
        <source>Dots each: </source>
        <translation>Gommettes&#xa0;: </translation>
    </message>
    <message>
        <source>Dots each voter has</source>
        <translation>Gommettes par votant</translation>
    </message>
    <message>
        <source>New solution…</source>
        <translation>Nouvelle solution…</translation>
    </message>
    <message>
        <source>Add a solution (Insert)</source>
        <translation>Ajouter une solution (Inser)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Owner, next step, due date, status (F2)</source>
        <translation>Responsable, prochaine étape, échéance, statut (F2)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the solution (Delete)</source>
        <translation>Supprimer la solution (Suppr)</translation>
    </message>
    <message>
        <source>Reveal totals</source>
        <translation>Dévoiler les totaux</translation>
    </message>
    <message>
        <source>Show the dots each solution has, here and on the projector, once everyone has voted; again to hide them (Ctrl+Shift+R)</source>
        <translation>Afficher les gommettes de chaque solution, ici et au projecteur, une fois que tout le monde a voté&#xa0;; de nouveau pour les masquer (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source> Voter: </source>
        <translation> Votant&#xa0;: </translation>
    </message>
    <message>
        <source>+ dot</source>
        <translation>+ gommette</translation>
    </message>
    <message>
        <source>Give the chosen voter&apos;s dot to the solution (+)</source>
        <translation>Donner la gommette du votant choisi à la solution (+)</translation>
    </message>
    <message>
        <source>− dot</source>
        <translation>− gommette</translation>
    </message>
    <message>
        <source>Take a dot back (−)</source>
        <translation>Reprendre une gommette (−)</translation>
    </message>
    <message>
        <source>Next voter</source>
        <translation>Votant suivant</translation>
    </message>
    <message>
        <source>The next voter: participants in order, then tables (N)</source>
        <translation>Le votant suivant&#xa0;: les participants dans l&apos;ordre, puis les tables (N)</translation>
    </message>
    <message>
        <source>&lt;i&gt;Addresses:&lt;/i&gt; {0}</source>
        <translation>&lt;i&gt;Répond à&#xa0;:&lt;/i&gt; {0}</translation>
    </message>
    <message>
        <source>&lt;i&gt;Next step:&lt;/i&gt; {0}</source>
        <translation>&lt;i&gt;Prochaine étape&#xa0;:&lt;/i&gt; {0}</translation>
    </message>
    <message>
        <source> (by {0})</source>
        <translation> (d&apos;ici le {0})</translation>
    </message>
    <message>
        <source>&lt;i&gt;Status ({0}):&lt;/i&gt; {1}</source>
        <translation>&lt;i&gt;Statut ({0})&#xa0;:&lt;/i&gt; {1}</translation>
    </message>
    <message>
        <source>Hide totals</source>
        <translation>Masquer les totaux</translation>
    </message>
    <message>
        <source>  (add participants to vote)</source>
        <translation>  (ajoutez des participants pour voter)</translation>
    </message>
    <message numerus="yes">
        <source>  %n dot(s) left </source>
        <translation>
            <numerusform>  %n gommette restante </numerusform>
            <numerusform>  %n gommettes restantes </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} has %n dot(s) left</source>
        <translation>
            <numerusform>Il reste %n gommette à {0}</numerusform>
            <numerusform>Il reste %n gommettes à {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Voting now: {0} (%n dot(s) left)</source>
        <translation>
            <numerusform>Vote en cours&#xa0;: {0} (%n gommette restante)</numerusform>
            <numerusform>Vote en cours&#xa0;: {0} (%n gommettes restantes)</numerusform>
        </translation>
    </message>
    <message>
        <source> – back to the first voter</source>
        <translation> – retour au premier votant</translation>
    </message>
</context>
<context>
    <name>StepBar</name>
    <message>
        <source>then</source>
        <translation>puis</translation>
    </message>
    <message>
        <source>Step {0}: {1}</source>
        <translation>Étape {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Step {0} – {1}: {2}</source>
        <translation>Étape {0} – {1}&#xa0;: {2}</translation>
    </message>
</context>
<context>
    <name>SuggestDialog</name>
    <message>
        <source>Suggest themes</source>
        <translation>Suggérer des thèmes</translation>
    </message>
    <message>
        <source>Facilitator groups notes that say alike things. Pinned themes, themes that back an insight and notes you placed by hand stay as they are. Notes that fit no theme well stay in Unsorted.</source>
        <translation>Facilitator regroupe les notes qui disent des choses semblables. Les thèmes épinglés, les thèmes qui appuient un enseignement et les notes placées à la main restent tels quels. Les notes qui ne vont bien dans aucun thème restent dans Non classées.</translation>
    </message>
    <message>
        <source>Which notes</source>
        <translation>Quelles notes</translation>
    </message>
    <message>
        <source>All notes</source>
        <translation>Toutes les notes</translation>
    </message>
    <message>
        <source>Step {0}: {1}</source>
        <translation>Étape {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Activity: {0}</source>
        <translation>Activité&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Fewer or more themes</source>
        <translation>Plus ou moins de thèmes</translation>
    </message>
    <message>
        <source>Group within each activity separately</source>
        <translation>Regrouper à part dans chaque activité</translation>
    </message>
    <message>
        <source>Fewer, broader</source>
        <translation>Moins, plus larges</translation>
    </message>
    <message>
        <source>More, finer</source>
        <translation>Plus, plus fins</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes&#xa0;:</translation>
    </message>
    <message>
        <source>Themes:</source>
        <translation>Thèmes&#xa0;:</translation>
    </message>
    <message>
        <source>Suggested themes</source>
        <translation>Thèmes suggérés</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop suggesting</source>
        <translation>Arrêter la suggestion</translation>
    </message>
    <message>
        <source>Apply themes</source>
        <translation>Appliquer les thèmes</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Grouping the notes…</source>
        <translation>Regroupement des notes…</translation>
    </message>
    <message>
        <source>Stopped. Change a setting to suggest again.</source>
        <translation>Arrêté. Modifiez un réglage pour relancer la suggestion.</translation>
    </message>
    <message numerus="yes">
        <source>%n theme(s) and {0} are kept as they are.</source>
        <translation>
            <numerusform>%n thème et {0} restent tels quels.</numerusform>
            <numerusform>%n thèmes et {0} restent tels quels.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no notes to group here.</source>
        <translation>Il n&apos;y a pas de notes à regrouper ici.</translation>
    </message>
    <message numerus="yes">
        <source>%n theme(s) for {0}; </source>
        <translation>
            <numerusform>%n thème pour {0}&#xa0;; </numerusform>
            <numerusform>%n thèmes pour {0}&#xa0;; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) fit no theme well and stay unsorted.</source>
        <translation>
            <numerusform>%n note ne va bien dans aucun thème et reste non classée.</numerusform>
            <numerusform>%n notes ne vont bien dans aucun thème et restent non classées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestWorker</name>
    <message>
        <source>Themes could not be suggested: {0}</source>
        <translation>Les thèmes n&apos;ont pas pu être suggérés&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>ThemeTreeModel</name>
    <message>
        <source>Unsorted</source>
        <translation>Non classées</translation>
    </message>
    <message>
        <source> · pinned</source>
        <translation> · épinglé</translation>
    </message>
    <message>
        <source>Theme / note</source>
        <translation>Thème / note</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Offered theme</source>
        <translation>Thème proposé</translation>
    </message>
    <message>
        <source>Notes that belong to no theme yet. Drag them onto a theme.</source>
        <translation>Notes qui n&apos;appartiennent encore à aucun thème. Faites-les glisser sur un thème.</translation>
    </message>
    <message>
        <source>Key words: {0}</source>
        <translation>Mots-clés&#xa0;: {0}</translation>
    </message>
    <message>
        <source>not placed → {0}</source>
        <translation>non placée → {0}</translation>
    </message>
    <message>
        <source>Nearly the same as note {0}: Ctrl+K stacks them together.</source>
        <translation>Presque identique à la note {0}&#xa0;: Ctrl+K les empile.</translation>
    </message>
    <message>
        <source>Not placed: nearest theme “{0}” (Ctrl+Enter puts it there).</source>
        <translation>Non placée&#xa0;: thème le plus proche «&#xa0;{0}&#xa0;» (Ctrl+Enter l&apos;y met).</translation>
    </message>
</context>
<context>
    <name>ThemesPanel</name>
    <message>
        <source>No themes yet. Click &lt;b&gt;Suggest themes…&lt;/b&gt; (Ctrl+Shift+T) for a first grouping of the notes, or select notes and press Ctrl+G to make a theme of them by hand.</source>
        <translation>Pas encore de thème. Cliquez sur &lt;b&gt;Suggérer des thèmes…&lt;/b&gt; (Ctrl+Shift+T) pour un premier regroupement des notes, ou choisissez des notes et appuyez sur Ctrl+G pour en faire un thème à la main.</translation>
    </message>
    <message>
        <source>Themes and their notes</source>
        <translation>Thèmes et leurs notes</translation>
    </message>
    <message>
        <source>Insight</source>
        <translation>Enseignement</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Appuis</translation>
    </message>
    <message>
        <source>No insights yet. Select a theme (or some notes) and press Ctrl+Shift+I to state what you heard.</source>
        <translation>Pas encore d&apos;enseignement. Choisissez un thème (ou des notes) et appuyez sur Ctrl+Shift+I pour dire ce que vous avez entendu.</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Enseignements</translation>
    </message>
    <message>
        <source>Add insight</source>
        <translation>Ajouter un enseignement</translation>
    </message>
    <message>
        <source>Edit insight</source>
        <translation>Modifier l&apos;enseignement</translation>
    </message>
    <message>
        <source>Remove insight</source>
        <translation>Retirer l&apos;enseignement</translation>
    </message>
    <message>
        <source>From selection…</source>
        <translation>D&apos;après la sélection…</translation>
    </message>
    <message>
        <source>Promote the selected theme or notes (Ctrl+Shift+I)</source>
        <translation>Faire un enseignement du thème ou des notes choisis (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Suggest themes…</source>
        <translation>Suggérer des thèmes…</translation>
    </message>
    <message>
        <source>Group the notes into themes (Ctrl+Shift+T)</source>
        <translation>Regrouper les notes en thèmes (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Nouveau thème</translation>
    </message>
    <message>
        <source>Make a theme of the selected notes</source>
        <translation>Faire un thème des notes choisies</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Rename the theme</source>
        <translation>Renommer le thème</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Merge the selected themes into the first</source>
        <translation>Fusionner les thèmes choisis dans le premier</translation>
    </message>
    <message>
        <source>Split off</source>
        <translation>Détacher</translation>
    </message>
    <message>
        <source>Move the selected notes into a new theme</source>
        <translation>Déplacer les notes choisies dans un nouveau thème</translation>
    </message>
    <message>
        <source>Move to…</source>
        <translation>Déplacer vers…</translation>
    </message>
    <message>
        <source>Move the selected notes to a theme</source>
        <translation>Déplacer les notes choisies vers un thème</translation>
    </message>
    <message>
        <source>Accept offer</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Put the selected new notes in the theme offered for them</source>
        <translation>Mettre les nouvelles notes choisies dans le thème proposé pour elles</translation>
    </message>
    <message>
        <source>Stack</source>
        <translation>Empiler</translation>
    </message>
    <message>
        <source>Put the selected notes (marked ≈) with their near-duplicates</source>
        <translation>Mettre les notes choisies (marquées ≈) avec leurs quasi-doublons</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Épingler</translation>
    </message>
    <message>
        <source>Pinned themes are kept when themes are suggested again</source>
        <translation>Les thèmes épinglés sont gardés quand des thèmes sont de nouveau suggérés</translation>
    </message>
    <message>
        <source>Promote to insight…</source>
        <translation>En faire un enseignement…</translation>
    </message>
    <message>
        <source>State an insight backed by the selection</source>
        <translation>Formuler un enseignement appuyé sur la sélection</translation>
    </message>
    <message>
        <source>Dissolve</source>
        <translation>Dissoudre</translation>
    </message>
    <message>
        <source>Dissolve the theme: its notes go back to Unsorted</source>
        <translation>Dissoudre le thème&#xa0;: ses notes retournent dans Non classées</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Désépingler</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n note(s) selected.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n note choisie.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n notes choisies.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a theme to see what it rests on.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Choisissez un thème pour voir sur quoi il repose.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Only one group speaks here&lt;/b&gt; ({0}): check that other voices were heard.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Un seul groupe s&apos;exprime ici&lt;/b&gt; ({0})&#xa0;: vérifiez que d&apos;autres voix ont été entendues.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) from {0}.</source>
        <translation>
            <numerusform>%n note de {0}.</numerusform>
            <numerusform>%n notes de {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message>
        <source>Groups: {0}</source>
        <translation>Groupes&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Key words: {0}</source>
        <translation>Mots-clés&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Pinned: kept when themes are suggested again.</source>
        <translation>Épinglé&#xa0;: gardé quand des thèmes sont de nouveau suggérés.</translation>
    </message>
    <message>
        <source>group unknown</source>
        <translation>groupe inconnu</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n groupe</numerusform>
            <numerusform>%n groupes</numerusform>
        </translation>
    </message>
    <message>
        <source>Name of the new theme:</source>
        <translation>Nom du nouveau thème&#xa0;:</translation>
    </message>
    <message>
        <source>Select notes of one theme to split them off.</source>
        <translation>Choisissez des notes d&apos;un même thème pour les détacher.</translation>
    </message>
    <message>
        <source>Split theme</source>
        <translation>Détacher du thème</translation>
    </message>
    <message>
        <source>Move notes</source>
        <translation>Déplacer des notes</translation>
    </message>
    <message>
        <source>Move the notes to:</source>
        <translation>Déplacer les notes vers&#xa0;:</translation>
    </message>
    <message>
        <source>Promote to insight</source>
        <translation>En faire un enseignement</translation>
    </message>
    <message>
        <source>What did you hear? State the insight:</source>
        <translation>Qu&apos;avez-vous entendu&#xa0;? Formulez l&apos;enseignement&#xa0;:</translation>
    </message>
    <message>
        <source>Insight:</source>
        <translation>Enseignement&#xa0;:</translation>
    </message>
</context>
<context>
    <name>TimerPanel</name>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Start or pause the timer (F5)</source>
        <translation>Lancer ou mettre en pause le minuteur (F5)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Back to the activity&apos;s planned time (Shift+F5)</source>
        <translation>Revenir à la durée prévue de l&apos;activité (Shift+F5)</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <source>One more minute (F6)</source>
        <translation>Une minute de plus (F6)</translation>
    </message>
    <message>
        <source>Add one minute</source>
        <translation>Ajouter une minute</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Lancer</translation>
    </message>
    <message>
        <source>No activity chosen: the timer runs for {0} minutes.</source>
        <translation>Aucune activité choisie&#xa0;: le minuteur tourne pendant {0} minutes.</translation>
    </message>
    <message>
        <source>Past the planned time</source>
        <translation>Durée prévue dépassée</translation>
    </message>
</context>
<context>
    <name>VoicePanel</name>
    <message>
        <source>Activity to count</source>
        <translation>Activité à compter</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Wrote</source>
        <translation>Ont écrit</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} sur {1}</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What the counts show</source>
        <translation>Ce que montrent les décomptes</translation>
    </message>
    <message>
        <source>Notes by group</source>
        <translation>Notes par groupe</translation>
    </message>
    <message>
        <source>Notes by participant</source>
        <translation>Notes par participant</translation>
    </message>
    <message>
        <source>All activities</source>
        <translation>Toutes les activités</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Run a co-design workshop: capture what people say, make sense of it together, and agree what happens next.</source>
        <translation>Animez un atelier de co-conception&#xa0;: saisissez ce que disent les gens, donnez-y du sens ensemble et convenez de la suite.</translation>
    </message>
    <message>
        <source>New workshop…  (Ctrl+N)</source>
        <translation>Nouvel atelier…  (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open workshop…  (Ctrl+O)</source>
        <translation>Ouvrir un atelier…  (Ctrl+O)</translation>
    </message>
    <message>
        <source>Recent workshops</source>
        <translation>Ateliers récents</translation>
    </message>
</context>
<context>
    <name>WorkshopController</name>
    <message>
        <source>Add note “{0}”</source>
        <translation>Ajouter la note «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Edit note “{0}”</source>
        <translation>Modifier la note «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Delete note “{0}”</source>
        <translation>Supprimer la note «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n note(s)</source>
        <translation>
            <numerusform>Supprimer %n note</numerusform>
            <numerusform>Supprimer %n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>Add participant {0}</source>
        <translation>Ajouter le participant {0}</translation>
    </message>
    <message numerus="yes">
        <source>Import %n participant(s)</source>
        <translation>
            <numerusform>Importer %n participant</numerusform>
            <numerusform>Importer %n participants</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit participant {0}</source>
        <translation>Modifier le participant {0}</translation>
    </message>
    <message>
        <source>Remove participant {0}</source>
        <translation>Retirer le participant {0}</translation>
    </message>
    <message>
        <source>Add activity {0}</source>
        <translation>Ajouter l&apos;activité {0}</translation>
    </message>
    <message>
        <source>Edit activity {0}</source>
        <translation>Modifier l&apos;activité {0}</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>l&apos;activité</translation>
    </message>
    <message>
        <source>Move {0} up</source>
        <translation>Avancer {0}</translation>
    </message>
    <message>
        <source>Move {0} down</source>
        <translation>Reculer {0}</translation>
    </message>
    <message>
        <source>Edit workshop details</source>
        <translation>Modifier les informations de l&apos;atelier</translation>
    </message>
    <message>
        <source>Reveal the vote totals</source>
        <translation>Dévoiler les totaux des votes</translation>
    </message>
    <message>
        <source>Hide the vote totals</source>
        <translation>Masquer les totaux des votes</translation>
    </message>
    <message>
        <source>Move to step {0}: {1}</source>
        <translation>Passer à l&apos;étape {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>New theme “{0}”</source>
        <translation>Nouveau thème «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Rename theme to “{0}”</source>
        <translation>Renommer le thème en «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Move %n note(s) to “{0}”</source>
        <translation>
            <numerusform>Déplacer %n note vers «&#xa0;{0}&#xa0;»</numerusform>
            <numerusform>Déplacer %n notes vers «&#xa0;{0}&#xa0;»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge %n theme(s)</source>
        <translation>
            <numerusform>Fusionner %n thème</numerusform>
            <numerusform>Fusionner %n thèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>Split off “{0}”</source>
        <translation>Détacher «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Pin “{0}”</source>
        <translation>Épingler «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Unpin “{0}”</source>
        <translation>Désépingler «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Dissolve “{0}”</source>
        <translation>Dissoudre «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Stack %n note(s) in “{0}”</source>
        <translation>
            <numerusform>Empiler %n note dans «&#xa0;{0}&#xa0;»</numerusform>
            <numerusform>Empiler %n notes dans «&#xa0;{0}&#xa0;»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply %n suggested theme(s)</source>
        <translation>
            <numerusform>Appliquer %n thème suggéré</numerusform>
            <numerusform>Appliquer %n thèmes suggérés</numerusform>
        </translation>
    </message>
    <message>
        <source>Add insight “{0}”</source>
        <translation>Ajouter l&apos;enseignement «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Edit insight “{0}”</source>
        <translation>Modifier l&apos;enseignement «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Delete insight “{0}”</source>
        <translation>Supprimer l&apos;enseignement «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Move %n note(s) on the board</source>
        <translation>
            <numerusform>Déplacer %n note sur le tableau</numerusform>
            <numerusform>Déplacer %n notes sur le tableau</numerusform>
        </translation>
    </message>
    <message>
        <source>Add solution “{0}”</source>
        <translation>Ajouter la solution «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Edit solution “{0}”</source>
        <translation>Modifier la solution «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Delete solution “{0}”</source>
        <translation>Supprimer la solution «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Give %n dot(s) ({0})</source>
        <translation>
            <numerusform>Donner %n gommette ({0})</numerusform>
            <numerusform>Donner %n gommettes ({0})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take back %n dot(s) ({0})</source>
        <translation>
            <numerusform>Reprendre %n gommette ({0})</numerusform>
            <numerusform>Reprendre %n gommettes ({0})</numerusform>
        </translation>
    </message>
    <message>
        <source>Place “{0}” on the matrix</source>
        <translation>Placer «&#xa0;{0}&#xa0;» sur la matrice</translation>
    </message>
    <message numerus="yes">
        <source>Give each voter %n dot(s)</source>
        <translation>
            <numerusform>Donner %n gommette à chaque votant</numerusform>
            <numerusform>Donner %n gommettes à chaque votant</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkshopDialog</name>
    <message>
        <source>New workshop</source>
        <translation>Nouvel atelier</translation>
    </message>
    <message>
        <source>Workshop details</source>
        <translation>Informations sur l&apos;atelier</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>e.g. Library opening hours with residents</source>
        <translation>p. ex. Horaires de la bibliothèque, avec les habitants</translation>
    </message>
    <message>
        <source>The question or challenge the workshop works on</source>
        <translation>La question ou le défi sur lequel travaille l&apos;atelier</translation>
    </message>
    <message>
        <source>Who participants can contact: name, e-mail or phone of the service team</source>
        <translation>Qui les participants peuvent contacter&#xa0;: nom, courriel ou téléphone de l&apos;équipe du service</translation>
    </message>
    <message>
        <source>What happens next, and when (for the participant summary)</source>
        <translation>Ce qui se passe ensuite, et quand (pour la synthèse pour les participants)</translation>
    </message>
    <message>
        <source>The language of the workshop: its notes are grouped into themes and labelled in it, and its briefs and the phones&apos; page are written in it</source>
        <translation>La langue de l&apos;atelier&#xa0;: ses notes y sont regroupées en thèmes et nommées, et ses documents comme la page des téléphones y sont rédigés</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Question&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Commissioner:</source>
        <translation>&amp;Commanditaire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>C&amp;ontact&#xa0;:</translation>
    </message>
    <message>
        <source>Ne&amp;xt steps:</source>
        <translation>&amp;Prochaines étapes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Lan&amp;gue&#xa0;:</translation>
    </message>
    <message>
        <source>A table&apos;s notes may be quoted (by the table&apos;s name) in briefs</source>
        <translation>Les notes d&apos;une table peuvent être citées (sous le nom de la table) dans les documents</translation>
    </message>
    <message>
        <source>Workshop file</source>
        <translation>Fichier d&apos;atelier</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose where to keep the workshop file</source>
        <translation>Choisir où garder le fichier d&apos;atelier</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Everything is saved in this file as you work; there is no Save button.</source>
        <translation>Tout est enregistré dans ce fichier au fil du travail&#xa0;; il n&apos;y a pas de bouton Enregistrer.</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Keep the workshop in</source>
        <translation>Garder l&apos;atelier dans</translation>
    </message>
    <message>
        <source>Workshop files (*.workshop)</source>
        <translation>Fichiers d&apos;atelier (*.workshop)</translation>
    </message>
</context>
<context>
    <name>WorkshopPage</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source> ({0} h {1})</source>
        <translation> ({0} h {1})</translation>
    </message>
    <message>
        <source>step {0}: {1}</source>
        <translation>étape {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Agenda: {0} min{1}&lt;/b&gt; – {2}</source>
        <translation>&lt;b&gt;Programme&#xa0;: {0} min{1}&lt;/b&gt; – {2}</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>The&amp;mes</source>
        <translation>Thè&amp;mes</translation>
    </message>
    <message>
        <source>Insight &amp;graph</source>
        <translation>&amp;Graphe</translation>
    </message>
    <message>
        <source>&amp;Solutions</source>
        <translation>S&amp;olutions</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>Ta&amp;bleau</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>No participants yet. Add each person with a pseudonymous label; real names are optional and never shown here.</source>
        <translation>Pas encore de participant. Ajoutez chaque personne avec un libellé pseudonyme&#xa0;; les vrais noms sont facultatifs et jamais affichés ici.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Ajouter un participant</translation>
    </message>
    <message>
        <source>Edit participant</source>
        <translation>Modifier le participant</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>Retirer le participant</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>No activities yet. Add the methods you run (e.g. “Silent brainstorm”) with the prompt put to the room; notes can then say which one they answer.</source>
        <translation>Pas encore d&apos;activité. Ajoutez les méthodes que vous menez (p. ex. «&#xa0;Remue-méninges silencieux&#xa0;») avec la question posée à la salle&#xa0;; les notes pourront alors dire à laquelle elles répondent.</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation>Ajouter une activité</translation>
    </message>
    <message>
        <source>Edit activity</source>
        <translation>Modifier l&apos;activité</translation>
    </message>
    <message>
        <source>Remove activity</source>
        <translation>Retirer l&apos;activité</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import a sign-up sheet (CSV: label, group, role, quote, real_name, email, phone)</source>
        <translation>Importer une feuille d&apos;inscription (CSV&#xa0;: label, group, role, quote, real_name, email, phone)</translation>
    </message>
    <message>
        <source>Import a sign-up sheet</source>
        <translation>Importer une feuille d&apos;inscription</translation>
    </message>
    <message>
        <source>&amp;Library…</source>
        <translation>Bib&amp;liothèque…</translation>
    </message>
    <message>
        <source>Add a method from the library to the agenda (Ctrl+L)</source>
        <translation>Ajouter une méthode de la bibliothèque au programme (Ctrl+L)</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Plus tôt</translation>
    </message>
    <message>
        <source>Move the chosen activity earlier in the agenda</source>
        <translation>Avancer l&apos;activité choisie dans le programme</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Move the chosen activity later in the agenda</source>
        <translation>Reculer l&apos;activité choisie dans le programme</translation>
    </message>
    <message>
        <source>Ctrl+Up / Ctrl+Down move the chosen activity earlier or later in the agenda</source>
        <translation>Ctrl+Up / Ctrl+Down avancent ou reculent l&apos;activité choisie dans le programme</translation>
    </message>
    <message>
        <source>Presenter view</source>
        <translation>Vue de présentation</translation>
    </message>
    <message>
        <source>Show it on screen:</source>
        <translation>Montrer à l&apos;écran&#xa0;:</translation>
    </message>
    <message>
        <source>Step {0}: {1}</source>
        <translation>Étape {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Latest notes – {}</source>
        <translation>Dernières notes – {}</translation>
    </message>
    <message>
        <source>Latest notes</source>
        <translation>Dernières notes</translation>
    </message>
    <message>
        <source>Solutions – the dots are counted once everyone has voted</source>
        <translation>Solutions – les gommettes sont comptées une fois que tout le monde a voté</translation>
    </message>
    <message>
        <source>The votes</source>
        <translation>Les votes</translation>
    </message>
    <message>
        <source>; the running activity is still &apos;{}&apos;</source>
        <translation>&#xa0;; l&apos;activité en cours reste «&#xa0;{}&#xa0;»</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; added to the agenda ({1} min, step {2}){3}</source>
        <translation>«&#xa0;{0}&#xa0;» ajoutée au programme ({1} min, étape {2}){3}</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Fichiers CSV (*.csv *.txt)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n participant(s).</source>
        <translation>
            <numerusform>%n participant importé.</numerusform>
            <numerusform>%n participants importés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkshopSession</name>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Backup failed: {0}</source>
        <translation>Échec de la sauvegarde&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n note(s) kept while the server was away.</source>
        <translation>
            <numerusform>%n note gardée pendant l&apos;absence du serveur a été envoyée.</numerusform>
            <numerusform>%n notes gardées pendant l&apos;absence du serveur ont été envoyées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server cannot be reached. %n note(s) is/are kept on this laptop and will be sent, once each, when it is back.</source>
        <translation>
            <numerusform>Le serveur est injoignable. %n note est gardée sur cet ordinateur et sera envoyée, une seule fois, à son retour.</numerusform>
            <numerusform>Le serveur est injoignable. %n notes sont gardées sur cet ordinateur et seront envoyées, une seule fois chacune, à son retour.</numerusform>
        </translation>
    </message>
    <message>
        <source>The workshop file {0} has gone and could not be written back ({1}). Use File &gt; Save a copy to keep your work.</source>
        <translation>Le fichier d&apos;atelier {0} a disparu et n&apos;a pas pu être réécrit ({1}). Utilisez Fichier &gt; Enregistrer une copie pour garder votre travail.</translation>
    </message>
</context>
</TS>
