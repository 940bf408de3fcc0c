package plots_test

import (
	"log"
	"math"
	"testing"

	"gomlp.dev/plots"
	"gonum.org/v1/plot/cmpimg"
)

func ExampleSpread() {
	p, err := plots.Spread("Test accuracy over five seeds", "accuracy",
		plots.Group{Name: "B = 4", Values: []float64{0.93, 0.94, 0.91, 0.925, 0.92}},
		plots.Group{Name: "B = N", Values: []float64{0.93, 0.93, 0.92, 0.92, 0.91}},
	)
	if err != nil {
		log.Fatal(err)
	}
	save("spread", p)
	// Output:
}

func TestSpread(t *testing.T) {
	cmpimg.CheckPlot(ExampleSpread, t, "spread.png")
	_, err := plots.Spread("t", "y")
	wantError(t, err, "at least one group")
	_, err = plots.Spread("t", "y", plots.Group{Name: "a"})
	wantError(t, err, `"a" is empty`)
	_, err = plots.Spread("t", "y", plots.Group{Name: "a", Values: []float64{1, math.NaN()}})
	wantError(t, err, "value 1 is NaN")
}
