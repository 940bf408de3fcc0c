package plots_test

import (
	"math"
	"slices"
	"strings"
	"testing"

	"gomlp.dev/plots"
)

// labels returns the labelled ticks of [min, max] as one string.
func labels(min, max float64) string {
	var ls []string
	for _, t := range (plots.NiceTicks{}).Ticks(min, max) {
		if t.Label != "" {
			ls = append(ls, t.Label)
		}
	}
	return strings.Join(ls, " ")
}

// TestNiceTicks: labels at multiples of 1, 2 or 5 × 10ᵏ, four to seven of
// them for the course's ranges, with the decimals the step needs (issue
// 16: 0/10/20/30, not 4/16/28 or 0.00/250.00/500.00). The ranges are the
// padded axes of the notebooks' figures that broke the rule.
func TestNiceTicks(t *testing.T) {
	for _, c := range []struct {
		min, max float64
		want     string
	}{
		{0.05, 20.95, "5 10 15 20"},               // epochs 1–20 (13: 4 16 28)
		{-0.95, 41.95, "0 10 20 30 40"},           // steps 1–40 (10: 5 20 35)
		{-25, 525, "0 100 200 300 400 500"},       // 500 epochs (07: 0.00 250.00 500.00)
		{-15, 315, "0 100 200 300"},               // 300 updates (05: 0.00 250.00)
		{-0.05, 1.05, "0.0 0.2 0.4 0.6 0.8 1.0"},  // a sigmoid (0.0 0.5 1.0)
		{-0.3, 1.3, "0.0 0.5 1.0"},                // chords' t (−0.25 0.50 1.25)
		{-5, 3, "−4 −2 0 2"},                      // b (−5.00 −2.50 0.00 2.50)
		{-2.6, 2.6, "−2 −1 0 1 2"},                // a lattice
		{0.79, 0.96, "0.80 0.85 0.90 0.95"},       // MNIST accuracy
		{0.005, 0.095, "0.02 0.04 0.06 0.08"},     // accuracy gap (0.01 0.05 0.09)
		{-1.2, 1.7, "−1.0 −0.5 0.0 0.5 1.0 1.5"},  // moons (−0.75 0.25 1.25)
		{-50, 5050, "0 1000 2000 3000 4000 5000"}, // 5000 epochs (1000 3000 5000)
		{2e13, 9e13, "2e13 4e13 6e13 8e13"},
		{-3e-6, 3e-6, "−3e-6 −2e-6 −1e-6 0 1e-6 2e-6 3e-6"},
	} {
		if got := labels(c.min, c.max); got != c.want {
			t.Errorf("[%v, %v]: got %q, want %q", c.min, c.max, got, c.want)
		}
	}
}

// TestNiceTicksProperties: over many ranges, every tick is in the range,
// the labelled ones are 3 to 8 multiples of a step m·10ᵏ (m = 1, 2, 5)
// with distinct labels, none of them "−0".
func TestNiceTicksProperties(t *testing.T) {
	for _, lo := range []float64{-1234.5, -7, -0.3, 0, 0.001, 3, 1e7} {
		for _, span := range []float64{1e-3, 0.07, 0.5, 1, 3.3, 9.9, 47, 1e4} {
			hi := lo + span
			var vals []float64
			var ls []string
			for _, tk := range (plots.NiceTicks{}).Ticks(lo, hi) {
				if tk.Value < lo || tk.Value > hi {
					t.Errorf("[%v, %v]: tick %v outside", lo, hi, tk.Value)
				}
				if tk.Label != "" {
					vals, ls = append(vals, tk.Value), append(ls, tk.Label)
				}
			}
			if len(vals) < 3 || len(vals) > 8 {
				t.Errorf("[%v, %v]: %d labels %v", lo, hi, len(vals), ls)
				continue
			}
			diff := vals[1] - vals[0]
			p := math.Pow10(int(math.Floor(math.Log10(diff) + 1e-6)))
			m := math.Round(diff / p)
			step := m * p
			if !slices.Contains([]float64{1, 2, 5}, m) || math.Abs(diff-step) > 1e-6*step+1e-15*math.Abs(hi) {
				t.Errorf("[%v, %v]: step %v is not 1, 2 or 5 × 10ᵏ", lo, hi, diff)
			}
			for i, v := range vals {
				if r := v / step; math.Abs(r-math.Round(r)) > 1e-9*math.Max(1, math.Abs(r)) {
					t.Errorf("[%v, %v]: label %v is not a multiple of %v", lo, hi, v, step)
				}
				if i > 0 && ls[i] == ls[i-1] {
					t.Errorf("[%v, %v]: repeated label %q", lo, hi, ls[i])
				}
				if strings.HasPrefix(ls[i], "−0") && strings.Trim(ls[i], "−0.") == "" {
					t.Errorf("[%v, %v]: label %q", lo, hi, ls[i])
				}
			}
		}
	}
	// Degenerate ranges: no hang, no panic.
	for _, r := range [][2]float64{{1, 1}, {1e13, 1e13 + 0.001}, {math.NaN(), 1}, {2, 1}, {-1e100, 1e100}} {
		_ = (plots.NiceTicks{}).Ticks(r[0], r[1])
	}
}
