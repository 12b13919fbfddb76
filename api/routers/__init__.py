"""One router per question family; each calls named query functions and nothing else."""
