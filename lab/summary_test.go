package lab

import (
	"math"
	"testing"
)

func TestSummarize(t *testing.T) {
	cases := []struct {
		xs               []float64
		median, min, max float64
	}{
		{[]float64{3}, 3, 3, 3},
		{[]float64{5, 1, 3}, 3, 1, 5},
		{[]float64{4, 1, 3, 2}, 2.5, 1, 4},
		{[]float64{-1, -1, 7, 0, 2}, 0, -1, 7},
	}
	for _, c := range cases {
		s := Summarize(c.xs)
		if s.Median != c.median || s.Min != c.min || s.Max != c.max || s.N != len(c.xs) {
			t.Errorf("Summarize(%v) = %+v; want median %v, range %v–%v", c.xs, s, c.median, c.min, c.max)
		}
	}
	in := []float64{2, 1}
	Summarize(in)
	if in[0] != 2 || in[1] != 1 {
		t.Errorf("Summarize changed its input: %v", in)
	}
}

func TestSummarizeRejects(t *testing.T) {
	wantPanic(t, "Summarize(nil)", func() { Summarize(nil) }, "lab: ", "Summarize of no measurements")
	wantPanic(t, "Summarize with a NaN", func() { Summarize([]float64{1, math.NaN()}) }, "lab: ", "Summarize: measurement 2 of 2 is NaN")
}

func TestSummaryFormat(t *testing.T) {
	s := Summarize([]float64{0.31, 0.52, 0.77})
	if got, want := s.Format("%.2f"), "median 0.52 (range 0.31–0.77 over 3 seeds)"; got != want {
		t.Errorf("Format = %q, want %q", got, want)
	}
}

// TestSummaryFormatSpanish: a Spanish notebook (GOMLP_LANG=es) prints the
// same numbers in a Spanish sentence; another language is refused.
func TestSummaryFormatSpanish(t *testing.T) {
	s := Summarize([]float64{0.31, 0.52, 0.77})
	t.Setenv("GOMLP_LANG", "es")
	if got, want := s.Format("%.2f"), "mediana 0.52 (rango 0.31–0.77 en 3 semillas)"; got != want {
		t.Errorf("Format = %q, want %q", got, want)
	}
	t.Setenv("GOMLP_LANG", "en")
	if got, want := s.Format("%.2f"), "median 0.52 (range 0.31–0.77 over 3 seeds)"; got != want {
		t.Errorf("Format (en) = %q, want %q", got, want)
	}
	t.Setenv("GOMLP_LANG", "fr")
	wantPanic(t, "Format with GOMLP_LANG=fr", func() { s.Format("%.2f") }, "lab: ", `GOMLP_LANG is "fr", want "en" or "es"`)
}
