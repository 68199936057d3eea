# Regenerates the expected values of tests/statistics_test.cpp: run
#   Rscript tests/statistics_expected.R
# and copy the printed numbers into the test. The datasets are the demo rankings of the
# Greven survey (app/demo_survey.cpp) plus small sets with ties and without ties.
options(digits = 15)
show <- function(label, value) cat(sprintf("%-40s %.15g\n", label, value))

# Rankings per respondent (rows) of phases 1..5 (columns), as in the demo.
directie <- rbind(c(1,3,4,5,2), c(1,4,3,5,2), c(1,3,4,5,2))
ib <- rbind(c(1,2,4,5,3), c(1,4,3,5,2), c(1,2,4,3,5), c(2,3,5,4,1))
leerkrachten <- rbind(c(3,5,1,4,2), c(3,5,1,4,2), c(5,3,4,1,2), c(2,4,5,1,3),
                      c(2,3,5,4,1), c(2,3,5,4,1), c(3,4,5,2,1), c(4,3,5,2,1))
# Values with ties inside rows (not a forced ranking), for the tie correction.
tied <- rbind(c(1,2,2,4), c(1,1,3,4), c(2,2,3,1), c(4,3,2,1), c(1,3,2,4))

friedman <- function(label, m) {
  f <- friedman.test(m)
  n <- nrow(m); k <- ncol(m)
  show(paste(label, "chi2"), f$statistic)
  show(paste(label, "p"), f$p.value)
  show(paste(label, "W"), f$statistic / (n * (k - 1)))
}
friedman("friedman.test(directie)", directie)
friedman("friedman.test(ib)", ib)
friedman("friedman.test(leerkrachten)", leerkrachten)
friedman("friedman.test(tied)", tied)

# Exact Friedman p by brute force over every ordering of rows 2..n (row 1 fixed), for
# the directie: 120^2 = 14400 equally likely tables.
perms <- function(v) { if (length(v) <= 1) return(matrix(v, 1)); do.call(rbind, lapply(seq_along(v),
  function(i) cbind(v[i], perms(v[-i])))) }
P <- perms(1:5)
stat <- function(m) sum((colSums(m) - nrow(m) * 3)^2)
observed <- stat(directie)
count <- 0
for (a in seq_len(nrow(P))) for (b in seq_len(nrow(P)))
  count <- count + (stat(rbind(directie[1, ], P[a, ], P[b, ])) >= observed - 1e-9)
show("exact friedman p directie", count / nrow(P)^2)

# Kruskal-Wallis per phase across the three groups, and Mann-Whitney between two groups.
phase <- function(j) list(directie[, j], ib[, j], leerkrachten[, j])
for (j in c(1, 4)) {
  k <- kruskal.test(phase(j))
  show(sprintf("kruskal.test(phase %d) H", j), k$statistic)
  show(sprintf("kruskal.test(phase %d) p", j), k$p.value)
}
w <- suppressWarnings(wilcox.test(ib[, 4], leerkrachten[, 4]))
show("wilcox.test(ib4, leerkrachten4) W", w$statistic)
show("wilcox.test(ib4, leerkrachten4) p", w$p.value)
x <- c(1.1, 2.3, 3.8, 4.0); y <- c(2.0, 4.5, 5.1, 6.2, 7.3)
w <- wilcox.test(x, y)   # no ties, both under 50: R computes the exact p
show("wilcox.test(x, y) W exact", w$statistic)
show("wilcox.test(x, y) p exact", w$p.value)
x2 <- c(3.1, 4.7, 5.2, 6.9, 8.4, 9.0, 9.5); y2 <- c(1.2, 2.5, 2.9, 4.1, 5.6, 6.0)
w <- wilcox.test(x2, y2)
show("wilcox.test(x2, y2) W exact", w$statistic)
show("wilcox.test(x2, y2) p exact", w$p.value)

# Exact permutation p of Kruskal-Wallis by brute force over every split into the group
# sizes: directie against ib on phase 4 (choose(7, 3) = 35 splits).
values <- c(directie[, 4], ib[, 4])
h <- function(g1) kruskal.test(list(values[g1], values[-g1]))$statistic
observed <- h(1:3)
splits <- combn(7, 3)
show("exact kruskal p directie-ib phase 4",
     mean(apply(splits, 2, function(g1) h(g1) >= observed - 1e-9)))
# ... and across all three groups on phase 1 (15!/(3! 4! 8!) = 225225 splits), counted
# over the splits of the first seven values over directie and ib with the rest to leerkrachten.
values <- c(directie[, 1], ib[, 1], leerkrachten[, 1])
r <- rank(values)
hstat <- function(groups) sum(sapply(groups, function(g) sum(r[g])^2 / length(g)))
observed <- hstat(list(1:3, 4:7, 8:15))
count <- 0; total <- 0
for (first in combn(15, 3, simplify = FALSE)) {
  rest <- setdiff(1:15, first)
  for (second in combn(12, 4, simplify = FALSE)) {
    s <- hstat(list(first, rest[second], rest[-second]))
    count <- count + (s >= observed - 1e-9); total <- total + 1
  }
}
show("exact kruskal p phase 1 three groups", count / total)
