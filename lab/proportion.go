package lab

import (
	"math"

	"gonum.org/v1/gonum/stat/distuv"
)

// SuccessInterval is the exact (Clopper–Pearson) 95 % confidence interval
// for a success rate p after k successes in n independent tries: the p for
// which k or fewer, and k or more, successes each have probability at least
// 2.5 %. With the Beta distribution's quantile function Q,
//
//	lo = Q(0.025; k, n − k + 1)   (0 when k = 0),
//	hi = Q(0.975; k + 1, n − k)   (1 when k = n).
//
// "18 of 20 seeds learn XOR" says the rate is somewhere in [lo, hi], not that
// it is 90 %. It panics unless 0 ≤ k ≤ n and n ≥ 1.
func SuccessInterval(k, n int) (lo, hi float64) {
	if n < 1 || k < 0 || k > n {
		panicf("SuccessInterval of %d successes in %d tries, want 0 ≤ k ≤ n and n ≥ 1", k, n)
	}
	lo, hi = 0, 1
	if k > 0 {
		lo = distuv.Beta{Alpha: float64(k), Beta: float64(n - k + 1)}.Quantile(0.025)
	}
	if k < n {
		hi = distuv.Beta{Alpha: float64(k + 1), Beta: float64(n - k)}.Quantile(0.975)
	}
	return lo, hi
}

// SignTest is the exact two-sided sign test for a paired comparison: two
// methods run on the same seeds, a of them favour the first and b the second
// (ties left out). If neither method were better, each untied seed would go
// either way with probability ½; SignTest returns the probability of a split
// at least as uneven as a against b:
//
//	p = min(1, 2 · Σ_{j ≤ min(a, b)} C(a+b, j) / 2^(a+b)).
//
// Five seeds out of five going one way give p = 2/32 = 0.0625. It panics if
// a or b is negative; with no untied seed (a = b = 0) p is 1.
func SignTest(a, b int) float64 {
	if a < 0 || b < 0 {
		panicf("SignTest of %d and %d seeds, want counts ≥ 0", a, b)
	}
	n, k := a+b, min(a, b)
	tail, c := 0.0, 1.0 // c = C(n, j)
	for j := 0; j <= k; j++ {
		tail += c
		c = c * float64(n-j) / float64(j+1)
	}
	return math.Min(1, 2*tail/math.Pow(2, float64(n)))
}
