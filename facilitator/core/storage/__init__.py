"""Where a workshop lives: the tables, the file or server, its lock, backups, the shared feed and the outbox."""
