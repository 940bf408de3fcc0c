package lab

import (
	"fmt"
	"math"
	"testing"
)

func TestSuccessInterval(t *testing.T) {
	// Reference values: the Clopper–Pearson interval from the binomial tails,
	// checked by TestSuccessIntervalTails; rounded values as printed in
	// statistics tables (e.g. 0 of 20: upper limit 0.168).
	cases := []struct {
		k, n   int
		lo, hi float64
	}{
		{0, 20, 0, 0.1684},
		{20, 20, 0.8316, 1},
		{2, 20, 0.0123, 0.3170},
		{18, 20, 0.6830, 0.9877},
	}
	for _, c := range cases {
		lo, hi := SuccessInterval(c.k, c.n)
		if math.Abs(lo-c.lo) > 5e-5 || math.Abs(hi-c.hi) > 5e-5 {
			t.Errorf("SuccessInterval(%d, %d) = %.4f, %.4f; want %.4f, %.4f", c.k, c.n, lo, hi, c.lo, c.hi)
		}
	}
	for _, bad := range [][2]int{{-1, 5}, {6, 5}, {0, 0}} {
		wantPanic(t, fmt.Sprintf("SuccessInterval(%d, %d)", bad[0], bad[1]), func() { SuccessInterval(bad[0], bad[1]) }, "lab: ",
			fmt.Sprintf("SuccessInterval of %d successes in %d tries", bad[0], bad[1]))
	}
}

// binomTail returns P(X ≥ k) for X ~ Binomial(n, p), summed term by term.
func binomTail(k, n int, p float64) float64 {
	s := 0.0
	for j := k; j <= n; j++ {
		lc, _ := math.Lgamma(float64(n + 1))
		a, _ := math.Lgamma(float64(j + 1))
		b, _ := math.Lgamma(float64(n - j + 1))
		s += math.Exp(lc - a - b + float64(j)*math.Log(p) + float64(n-j)*math.Log1p(-p))
	}
	return s
}

// TestSuccessIntervalTails checks the definition independently of the Beta
// quantiles: at lo, k or more successes have probability 2.5 %; at hi, k or
// fewer have probability 2.5 %.
func TestSuccessIntervalTails(t *testing.T) {
	for _, c := range [][2]int{{2, 20}, {13, 20}, {18, 20}, {7, 50}} {
		k, n := c[0], c[1]
		lo, hi := SuccessInterval(k, n)
		if got := binomTail(k, n, lo); math.Abs(got-0.025) > 1e-9 {
			t.Errorf("k = %d, n = %d: P(X ≥ k | lo = %v) = %v, want 0.025", k, n, lo, got)
		}
		if got := 1 - binomTail(k+1, n, hi); math.Abs(got-0.025) > 1e-9 {
			t.Errorf("k = %d, n = %d: P(X ≤ k | hi = %v) = %v, want 0.025", k, n, hi, got)
		}
	}
}

func TestSignTest(t *testing.T) {
	cases := []struct {
		a, b int
		p    float64
	}{
		{5, 0, 0.0625},           // 2 · 1/32
		{0, 5, 0.0625},           // symmetric
		{6, 1, 2 * 8.0 / 128},    // 2 · (1 + 7)/2⁷
		{3, 3, 1},                // even split: capped at 1
		{0, 0, 1},                // no untied seed
		{10, 2, 2 * 79.0 / 4096}, // 2 · (1 + 12 + 66)/2¹²
	}
	for _, c := range cases {
		if p := SignTest(c.a, c.b); math.Abs(p-c.p) > 1e-15 {
			t.Errorf("SignTest(%d, %d) = %v; want %v", c.a, c.b, p, c.p)
		}
	}
	wantPanic(t, "SignTest(-1, 3)", func() { SignTest(-1, 3) }, "lab: ", "SignTest of -1 and 3 seeds")
}
