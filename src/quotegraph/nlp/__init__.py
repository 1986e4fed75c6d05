"""spaCy components and the linguistic pieces of quotegraph."""
