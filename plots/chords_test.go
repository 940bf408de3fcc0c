package plots_test

import (
	"math"
	"testing"

	"gomlp.dev/plots"
	"gonum.org/v1/plot/cmpimg"
)

// ExampleChords draws a convex function, f(t) = t² − t + e^(t/2)/2, and two
// of its chords, both above the curve.
func ExampleChords() {
	f := func(t float64) float64 { return t*t - t + math.Exp(t/2)/2 }
	p := plots.Chords("Chords of a convex function lie above it", f, -2, 3,
		plots.Chord{A: -1.5, B: 2.5}, plots.Chord{A: 0, B: 1.5})
	save("chords", p)
	// Output:
}

func TestChordsGolden(t *testing.T) {
	cmpimg.CheckPlot(ExampleChords, t, "chords.png")
}

func TestChordsBadInput(t *testing.T) {
	sq := func(t float64) float64 { return t * t }
	wantPanic(t, "chord 0 from 0.5 to 0.5", func() { plots.Chords("", sq, -1, 1, plots.Chord{A: 0.5, B: 0.5}) })
	wantPanic(t, "want two different points in [-1, 1]", func() { plots.Chords("", sq, -1, 1, plots.Chord{A: 0, B: 2}) })
	wantPanic(t, "has no function", func() { plots.Chords("", nil, -1, 1) })
	wantPanic(t, "is NaN", func() { plots.Chords("", math.Log, -1, 1) })
}
