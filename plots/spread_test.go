package plots_test

import (
	"math"
	"testing"

	"gomlp.dev/plots"
	"gonum.org/v1/plot/cmpimg"
)

func ExampleSpread() {
	p := plots.Spread("Test accuracy over five seeds", "accuracy",
		plots.Group{Name: "B = 4", Values: []float64{0.93, 0.94, 0.91, 0.925, 0.92}},
		plots.Group{Name: "B = N", Values: []float64{0.93, 0.93, 0.92, 0.92, 0.91}},
	)
	save("spread", p)
	// Output:
}

func TestSpread(t *testing.T) {
	cmpimg.CheckPlot(ExampleSpread, t, "spread.png")
	wantPanic(t, "Spread: no groups", func() { plots.Spread("t", "y") })
	wantPanic(t, `"a" is empty`, func() { plots.Spread("t", "y", plots.Group{Name: "a"}) })
	wantPanic(t, "value 1 is NaN", func() { plots.Spread("t", "y", plots.Group{Name: "a", Values: []float64{1, math.NaN()}}) })
}
