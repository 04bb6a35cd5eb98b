"""Reading and writing the project's files safely: YAML that remembers where every value stood
(and refuses tags, aliases and bombs), located problems, and atomic, locked writes that never
lose what was there. Everything else in vaktaal reads and writes through this package."""
