package lab

import (
	"fmt"
	"math"
	"slices"
)

// Summary describes a quantity measured once per seed: its median and its
// range, the way the course states every claim about something random.
type Summary struct {
	N                int     // number of measurements (seeds)
	Median, Min, Max float64 // median (mean of the two middle values when N is even) and range
}

// Summarize returns the median and range of xs. It panics if xs is empty
// or holds a NaN (a run that failed must not vanish into a median).
func Summarize(xs []float64) Summary {
	if len(xs) == 0 {
		panicf("Summarize of no measurements")
	}
	if i := slices.IndexFunc(xs, math.IsNaN); i >= 0 {
		panicf("Summarize: measurement %d of %d is NaN", i+1, len(xs))
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	n := len(s)
	med := s[n/2]
	if n%2 == 0 {
		med = (s[n/2-1] + s[n/2]) / 2
	}
	return Summary{N: n, Median: med, Min: s[0], Max: s[n-1]}
}

// Format writes the summary with the verb verb (e.g. "%.3g") for each
// number: "median 0.52 (range 0.31–0.77 over 20 seeds)"; in Spanish
// (GOMLP_LANG=es) "mediana 0.52 (rango 0.31–0.77 en 20 semillas)".
func (s Summary) Format(verb string) string {
	f := func(x float64) string { return fmt.Sprintf(verb, x) }
	return fmt.Sprintf(summaryFormat(), f(s.Median), f(s.Min), f(s.Max), s.N)
}
