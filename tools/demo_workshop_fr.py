"""The French demo workshop's words: the opening hours of a town's médiathèque, co-designed
with residents in a neighbourhood hall, as note-takers in a French public-service workshop
write them (short, spoken, "ados", "ordis", "le bac"). Read by tools/demo_workshop.py
--language fr; the same shape as the English demo, its own content rather than a
translation of it.
"""

from __future__ import annotations

from facilitator.core.domain.steps import Step

LANGUAGE = "fr"
DETAILS = {
    "title": "Horaires de la médiathèque",
    "question": "Comment la médiathèque Louise-Michel pourrait-elle être ouverte quand les "
    "habitants peuvent vraiment y venir ?",
    "commissioner": "Ville de Villeneuve, direction de la culture",
    "date": "2026-12-01", "place": "Maison de quartier des Tilleuls",
    "contact": "Claire Martin, service des publics de la médiathèque – "
    "mediatheque@villeneuve.example, 01 23 45 67 89",
    "next_steps": "Le conseil municipal examinera les propositions le 14 janvier et choisira "
    "celles à tester en premier ; nous vous écrirons avant la fin janvier pour vous dire ce "
    "qui a été retenu.",
}

# H: habitants, U: usagers, P: professionnels (agents), C: commanditaire
PARTICIPANTS = [
    ("H1", "resident", "explorer", True), ("H2", "resident", "ideator", True),
    ("H3", "resident", "explorer", False), ("U1", "service user", "explorer", True),
    ("U2", "service user", "designer", True), ("U3", "service user", "diffuser", False),
    ("P1", "professional", "designer", True), ("P2", "professional", "ideator", True),
    ("C1", "commissioner", "diffuser", True),
]
WHO = "Qui manque\u00a0? La carte des publics"  # as the method library names it
JOURNEY = "Parcours usager"
BRAINSTORM = "Remue-méninges silencieux"
ACTIVITIES = [
    (WHO, Step.INVOLVE, "Qui vient à la médiathèque, et qui n'y vient jamais ?", 15),
    (JOURNEY, Step.INVOLVE, "Racontez-nous votre dernière visite, de chez vous à chez vous.",
     25),
    (BRAINSTORM, Step.POSTPONE, "Qu'est-ce qui vous empêche de venir à la médiathèque ?", 20),
]
NOTES = [
    ("H1", WHO, "Les ados après le collège – ils traînent devant au lieu d'entrer"),
    ("U1", WHO, "Les gens en horaires décalés ne la voient jamais ouverte"),
    ("P1", WHO, "Les aidants qui ne peuvent pas laisser seule la personne dont ils s'occupent"),
    ("H3", WHO, "Les parents avec poussette : la rampe est derrière le bâtiment"),
    ("U2", WHO, "Les nouveaux arrivants qui ne savent pas que c'est gratuit"),
    ("C1", WHO, "Tous ceux qui n'ont pas de carte : on demande un justificatif de domicile"),
    ("H2", JOURNEY, ("Le bus 12 s'arrête à 19h, donc les soirées à la médiathèque c'est "
     "impossible pour moi")),
    ("U1", JOURNEY, "Fermé le samedi après-midi, le seul moment où je suis libre"),
    ("U3", JOURNEY, "Je viens pour les ordis – 1 h ça ne suffit pas pour un dossier CAF"),
    ("H1", JOURNEY, "La borne de prêt a refusé ma carte deux fois 😕"),
    ("P2", JOURNEY, "On passe la première heure sur les retours, pas avec le public"),
    ("U2", JOURNEY, "La salle de travail est pleine dès 10h pendant les révisions du bac"),
    ("H3", JOURNEY, "Les toilettes sont fermées à clé, il faut demander à l'accueil"),
    ("U1", BRAINSTORM, "Ouvrir tard un soir par semaine, même juste le rez-de-chaussée"),
    ("H2", BRAINSTORM, "Le dimanche matin pour les familles : heure du conte et café"),
    ("P1", BRAINSTORM, ("Des bénévoles pourraient tenir une salle de lecture hors des "
     "horaires des agents")),
    ("U3", BRAINSTORM, "Réserver un ordi en ligne pour ne pas faire la queue pour rien"),
    ("H1", BRAINSTORM, "Une aide aux devoirs avec le centre social, de 16h à 18h"),
    ("C1", BRAINSTORM, "Partager le bâtiment avec France Services le jeudi"),
    ("U2", BRAINSTORM, "Une signalétique en arabe et en turc aussi – مكتبة مجانية"),
    ("P2", BRAINSTORM, "Prévenir par SMS quand une réservation arrive, pas par courrier"),
    ("H3", BRAINSTORM, "Mettre le panneau de la rampe devant l'entrée principale"),
    ("Table 2", BRAINSTORM, ("S'inscrire avec juste une adresse mail, le justificatif plus "
     "tard")),
    ("Table 2", BRAINSTORM, "Des séances plus longues sur les ordis pour chercher du travail"),
]

VOTING = "Vote par gommettes"
TABLES = "Discussions par table"
MORE_ACTIVITIES = [
    (VOTING, Step.POSTPONE, "Parmi ces difficultés, laquelle compte le plus pour vous ?", 15),
    (TABLES, Step.SYNTHESISE, "Qu'avez-vous entendu revenir à votre table ?", 30),
]
SYNTHESIS_ACTIVITIES = (BRAINSTORM, VOTING, TABLES)
MORE_NOTES = {
    ("U1", "H2", "U3", "H1", "Table 1"): [  # le soir
        "Ouvrir jusqu'à 20h au moins deux soirs par semaine",
        "Je finis le travail à 18h et la médiathèque ferme à 17h30",
        "Ouvrir le soir, je pourrais venir avec les enfants après le dîner",
        "Une nocturne le jeudi soir comme les magasins",
        "Le soir c'est le seul moment où ceux qui travaillent en horaires décalés peuvent venir",
        "Même une ouverture tardive avec seulement le rez-de-chaussée",
        "Les étudiants ont besoin d'un lieu pour réviser le soir avant les examens",
        "Fermer à 17h, ça veut dire que les gens qui travaillent ne viennent jamais",
        "Un créneau le soir pour les ordis, quand il y a moins de monde",
        "Si c'était ouvert le soir je m'inscrirais à un club de lecture",
        "Ouvrir plus tard en hiver, quand il fait nuit à 17h",
        "Deux soirs par semaine plutôt qu'un dimanche pour moi",
        "Une nocturne par mois pour commencer",
    ],
    ("H2", "U2", "H3", "Table 2"): [  # le week-end
        "Le samedi après-midi, c'est là que les familles sont libres",
        "Ouvrir le dimanche, même juste de 10h à 13h",
        "Fermé tout le week-end, c'est le pire moment pour fermer",
        "L'heure du conte le week-end pour les tout-petits",
        "Les papas qui travaillent toute la semaine ne peuvent venir que le week-end",
        "Le samedi matin c'est bondé, le samedi après-midi c'est fermé",
        "Le dimanche matin, un café et les journaux à la médiathèque",
        "Pour nous le week-end compte plus qu'une ouverture le soir",
    ],
    ("U3", "U1", "P2", "H1", "Table 1"): [  # les ordinateurs
        "Une heure sur l'ordi ne suffit pas pour finir une candidature",
        "Les ordis sont tous réservés avant 11h",
        "Pouvoir réserver un ordi en ligne avant de se déplacer",
        "Les ordis sont lents et plantent au milieu des formulaires",
        "Personne pour aider sur les ordis quand on bloque sur un dossier CAF",
        "Imprimer depuis les ordis coûte trop cher",
        "Le wifi ne passe pas à l'étage, il faut utiliser les ordis du bas",
        "Des séances plus longues sur les ordis pour les demandeurs d'emploi",
        "Prêter des ordinateurs portables comme on prête des livres",
        "Un conseiller numérique le mardi matin, ça changerait tout",
        "Scanner ses papiers pour Pôle emploi, il faut les ordis de la médiathèque",
        "Des casques pour les ordis pour faire des visios",
    ],
    ("H1", "U2", "P1", "Table 3"): [  # les ados
        "Les ados ont besoin d'un endroit chaud et sûr après les cours",
        "Une aide aux devoirs après les cours avec le centre social",
        "On gronde les ados parce qu'ils font du bruit, alors ils ne viennent plus",
        "Un espace rien que pour les ados, de 15h30 à 18h",
        "Les ados viennent pour le wifi et pour être au chaud",
        "Après les cours, la médiathèque est le seul lieu gratuit et couvert",
        "Un club de jeux vidéo ferait venir les ados",
        "Les ados veulent participer à l'organisation, pas être surveillés",
        "De l'aide aux devoirs pour les ados dont les parents finissent tard",
        "Laisser les ados choisir une partie des livres et des jeux",
    ],
    ("H3", "U1", "U3", "P1"): [  # l'accessibilité
        "La rampe est derrière le bâtiment et le panneau est minuscule",
        "L'ascenseur pour le premier étage est souvent en panne",
        "Les toilettes sont fermées à clé, il faut demander à l'accueil",
        "Une entrée de plain-pied devant, s'il vous plaît",
        "Les poussettes ne passent pas la porte d'entrée",
        "Pas de toilettes accessibles au rez-de-chaussée",
        "En fauteuil on n'atteint pas les étagères du haut",
        "Avec l'ascenseur en panne je ne vois jamais le premier étage",
        "Demandez-nous avant de refaire la rampe, on sait ce qui marche",
        "Des sièges près de l'entrée pour ceux qui ne peuvent pas rester debout",
        "Une boucle magnétique à l'accueil pour les malentendants",
    ],
    ("U2", "C1", "H2", "Table 2"): [  # langues et signalétique
        "Panneaux seulement en français – ajouter l'arabe et le turc",
        "Les nouveaux arrivants ne savent pas que la médiathèque est gratuite",
        "Un livret d'accueil dans les langues parlées aux Tilleuls",
        "Des agents qui parlent arabe certains jours",
        "Écrire clairement sur la porte que l'inscription est gratuite",
        "Des livres en turc et en arabe pour les enfants",
        "Des panneaux en FALC avec des pictos",
        "Traduire le panneau des horaires",
    ],
    ("C1", "U2", "H1", "Table 3"): [  # inscription et carte
        "Le justificatif de domicile empêche les personnes sans domicile de s'inscrire",
        "S'inscrire avec juste un mail et montrer le justificatif plus tard",
        "Le formulaire d'inscription demande une facture que je n'ai pas",
        "J'ai perdu ma carte et j'ai dû payer pour en refaire une",
        "S'inscrire en ligne avant la première visite",
        "La carte de lecteur sur le téléphone au lieu de la carte plastique",
        "Le renouvellement de l'inscription devrait être automatique",
    ],
    ("H2", "H3", "U1"): [  # bus et accès
        "Le bus 12 s'arrête à 19h, sans lui le soir ne sert à rien",
        "L'arrêt de bus est loin de la médiathèque",
        "Les bus du soir sont trop rares pour compter dessus",
        "Des arceaux à vélos devant l'entrée",
        "Le parking est plein dès 9h",
        "Une navette du quartier le samedi",
        "Les horaires du bus ne collent pas avec ceux de la médiathèque",
    ],
    ("P1", "P2"): [  # le planning des agents (professionnels seulement)
        "Avec le planning actuel on ne peut pas ouvrir le soir sans heures en plus",
        "On passe la première heure sur les retours au lieu d'accueillir le public",
        "Avec les arrêts maladie on ferme des annexes au dernier moment",
        "Travailler seul le soir, c'est une inquiétude pour la sécurité des agents",
        "Le planning est fixé un an à l'avance, difficile à changer",
        "Former les agents aux animations du soir prend un temps qu'on n'a pas",
    ],
    ("P2", "C1", "H1", "Table 1"): [  # bénévoles et partenaires
        "Des bénévoles pourraient ouvrir la salle de lecture hors des horaires des agents",
        "Partager le bâtiment avec France Services le jeudi",
        "Le centre social pourrait animer l'aide aux devoirs ici",
        "Des bénévoles pour l'heure du conte le week-end",
        "Un partenariat avec le lycée, des étudiants pour tenir les soirées",
        "Le café d'à côté pourrait accueillir un coin médiathèque",
        "Les bénévoles ont besoin d'une formation et d'une personne référente",
    ],
    ("U2", "U3", "H3", "Table 2"): [  # travailler au calme
        "La salle de travail est pleine dès 10h en période d'examens",
        "Pas d'endroit calme pour réviser à la maison",
        "Séparer la salle de travail de l'espace jeunesse",
        "Réserver une table de travail pour l'après-midi",
        "Une salle calme ouverte le soir avant les examens",
        "Trop de bruit près des ordis pour se concentrer",
        "Plus de prises dans la salle de travail pour les ordinateurs portables",
    ],
    ("H2", "U2", "U1"): [  # réservations et avis
        "Un SMS quand un livre réservé arrive, pas une lettre",
        "Les réservations mettent des semaines à arriver",
        "Réserver en ligne et récupérer après le travail",
        "Une boîte de retour dehors pour quand c'est fermé",
        "Un mail de rappel avant la date de retour",
        "Les réservations ne sont gardées que 3 jours, ce n'est pas assez",
    ],
    ("H1", "C1", "P1", "Table 3"): [  # animations et vie du quartier
        "Les animations du soir font venir de nouvelles personnes",
        "Un lieu où les associations du quartier se réunissent gratuitement",
        "Des conférences et des ateliers le samedi après-midi",
        "La médiathèque comme lieu chauffé en hiver",
        "Que les associations d'habitants puissent réserver la salle de réunion",
        "Annoncer les animations à la sortie des écoles",
    ],
    ("U3", "H2", "C1"): [  # pénalités et coûts
        "Les pénalités de retard découragent les gens de revenir",
        "Supprimer les pénalités sur les livres pour enfants",
        "Je dois 4 € de pénalités alors je ne viens plus",
        "L'impression à 20 centimes la page, c'est trop pour les demandeurs d'emploi",
        "Effacer une fois les pénalités de retard",
        "Faire payer la salle, mais pas aux associations",
        "Pas de pénalités, juste des rappels",
    ],
    ("H2", "U2", "H3", "Table 1"): [  # familles et enfants
        "Les bébés lecteurs à 10h, c'est trop tôt pour certains parents",
        "L'heure du conte pour les enfants le samedi matin",
        "Nulle part où garer une poussette à l'intérieur",
        "Un espace petite enfance avec des jouets pour les moins de 5 ans",
        "Une journée des familles une fois par mois avec des ateliers créatifs",
        "Une table à langer dans les toilettes",
        "Des places assises pour les parents pendant que les enfants lisent",
    ],
    ("Table 3", "U1", "H1"): [  # remarques en passant
        "Merci pour les gâteaux, ils étaient délicieux",
        "On pourra refaire un atelier comme ça au printemps ?",
        "Ma voisine serait venue si elle avait su",
    ],
}

# After the suggestion, as in the room: notes put beside the ones they belong with.
CORRECTIONS = [
    ("Le soir c'est le seul moment où ceux qui travaillent en horaires décalés peuvent venir",
     "Ouvrir jusqu'à 20h au moins deux soirs par semaine"),
    ("Les gens en horaires décalés ne la voient jamais ouverte",
     "Ouvrir jusqu'à 20h au moins deux soirs par semaine"),
    ("Les pénalités de retard découragent les gens de revenir",
     "Supprimer les pénalités sur les livres pour enfants"),
    ("Je dois 4 € de pénalités alors je ne viens plus",
     "Supprimer les pénalités sur les livres pour enfants"),
]
INSIGHTS = [
    ("Le soir c'est le seul moment où ceux qui travaillent en horaires décalés peuvent venir",
     ("Nous avons entendu que les habitants qui travaillent sont exclus : la médiathèque "
     "ferme avant la fin de leur journée")),
    ("Les ordis sont tous réservés avant 11h",
     ("Nous avons entendu qu'une heure sur un ordinateur public ne suffit pas pour les "
     "démarches d'emploi et de prestations")),
    ("Les ados ont besoin d'un endroit chaud et sûr après les cours",
     ("Nous avons entendu que les ados n'ont nulle part où aller au chaud et en sécurité "
     "après les cours")),
    ("Une entrée de plain-pied devant, s'il vous plaît",
     ("Nous avons entendu que le bâtiment exclut les personnes avec poussette, en fauteuil "
     "ou qui marchent difficilement")),
    ("Avec le planning actuel on ne peut pas ouvrir le soir sans heures en plus",
     ("Nous avons entendu que les agents ne peuvent pas assurer des horaires plus larges avec "
     "le planning actuel")),
]
SOLUTIONS = [
    (("Deux soirs par semaine jusqu'à 20h, rez-de-chaussée seulement, avec des bénévoles et "
     "le lycée"), (0, 4)),
    (("Réservation des ordinateurs en ligne par créneaux de deux heures, avec un conseiller "
     "numérique le mardi"), (1,)),
    ("Un espace devoirs après les cours, animé avec le centre social", (2,)),
]
FOLLOW_UP = [("Direction de la culture avec le lycée",
              "Chiffrer deux soirées par semaine avec des bénévoles", "2027-01-14"),
             ("Service informatique de la ville",
              "Mettre en place la réservation en ligne par créneaux de deux heures",
              "2027-02-01"),
             ("Centre social et équipe de la médiathèque",
              "Trouver une salle et un planning pour le printemps", "2027-03-01")]
VOTES = {"H1": (0, 0, 2), "H2": (0, 1, 1), "H3": (2, 2, 0), "U1": (0, 0, 0), "U2": (1, 1, 2),
         "U3": (1, 1, 1), "P1": (0, 2, 2), "P2": (0, 1, 2), "C1": (0, 1, 1)}
