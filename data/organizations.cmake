# organizations.tsv: a few hundred hand-written lines, parsed at load in well under a millisecond.
zhcorpus_copy_data(organizations.tsv)
