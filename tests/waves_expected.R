# Regenerates the expected values of tests/wave_comparison_test.cpp and the paired tests of
# tests/linked_pairs_test.cpp: run
#   Rscript tests/waves_expected.R
# and copy the printed numbers into the tests. The data are made up for the tests.
options(digits = 15)
show <- function(label, value) cat(sprintf("%-50s %.15g\n", label, value))

# Two independent waves: the exact two-sided permutation p of the rank-sum statistic
# (the two-group Kruskal-Wallis H, mid-ranks for ties), by enumerating every way the
# pooled values can be dealt over the waves' sizes.
permutation_p <- function(before, after) {
  pooled <- c(before, after); r <- rank(pooled); n <- length(before); N <- length(pooled)
  statistic <- function(first) { s1 <- sum(r[first]); s2 <- sum(r) - s1; s1^2 / n + s2^2 / (N - n) }
  observed <- statistic(seq_len(n))
  all <- combn(N, n, FUN = statistic)
  mean(all >= observed - 1e-9)
}
rank_before <- c(2, 3, 3, 4, 5)
rank_after <- c(4, 4, 5, 5, 3, 5)
show("mean(rank_after) - mean(rank_before)", mean(rank_after) - mean(rank_before))
show("permutation p rank", permutation_p(rank_before, rank_after))
# A share: 2 of 6 chose it before, 5 of 7 after (0/1 per respondent).
share_before <- c(1, 1, 0, 0, 0, 0)
share_after <- c(1, 1, 1, 1, 1, 0, 0)
show("share change in points", 100 * (mean(share_after) - mean(share_before)))
show("permutation p share", permutation_p(share_before, share_after))

# Linked pairs (tests/linked_pairs_test.cpp): after - before per pair, no ties, no zeros.
differences <- c(1, -2, 3, 4, 5, 6, -7, 8)
w <- wilcox.test(differences, mu = 0, exact = TRUE)
show("wilcox.test(paired) V", w$statistic)
show("wilcox.test(paired) p", w$p.value)
before <- c(3, 2, 4, 1, 5, 2)
after <- c(4, 4, 1, 6, 1, 8)
w2 <- wilcox.test(after, before, paired = TRUE, exact = TRUE)
show("wilcox.test(after, before, paired) V", w2$statistic)
show("wilcox.test(after, before, paired) p", w2$p.value)
# McNemar: b = 2 chose it before only, c = 9 after only (and 5 both, 4 neither).
m <- mcnemar.test(matrix(c(5, 9, 2, 4), 2))
show("mcnemar.test statistic", m$statistic)
show("mcnemar.test p", m$p.value)
