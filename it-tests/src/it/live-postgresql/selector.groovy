// Needs the real PostgreSQL server: runs only in builds with -Pdb.
return db == 'true'
