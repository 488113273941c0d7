# units.tsv is a few hundred lines and loads in well under a millisecond.
zhcorpus_copy_data(units.tsv)
