# t2s_chars.tsv is small and loads in well under a millisecond.
zhcorpus_copy_data(t2s_chars.tsv)
