package plots_test

import (
	"math"
	"testing"

	"gomlp.dev/plots"
	"gonum.org/v1/plot/cmpimg"
)

// ExampleLogLog draws measurements that follow 1/√x, then level off, with
// the law 2/√x as a straight line of slope −½.
func ExampleLogLog() {
	x := []float64{1, 2, 4, 8, 16, 32, 64}
	y := make([]float64, len(x))
	for i, v := range x {
		y[i] = 2 / math.Sqrt(v) * math.Sqrt((65-v)/64)
	}
	p := plots.LogLog("Spread against batch size", "B", "spread",
		[]plots.Series{{Name: "measured", X: x, Y: y}},
		plots.Curve{Name: "2/√B", F: func(b float64) float64 { return 2 / math.Sqrt(b) }})
	save("loglog", p)
	// Output:
}

func TestLogLogGolden(t *testing.T) {
	cmpimg.CheckPlot(ExampleLogLog, t, "loglog.png")
}

func TestLogLogBadInput(t *testing.T) {
	one := []plots.Series{{Name: "m", X: []float64{1, 2}, Y: []float64{1, 0.5}}}
	wantPanic(t, "LogLog: no measured series", func() { plots.LogLog("", "x", "y", nil) })
	wantPanic(t, "has no X values", func() { plots.LogLog("", "x", "y", []plots.Series{{Name: "m", Y: []float64{1}}}) })
	wantPanic(t, "x = 0", func() {
		plots.LogLog("", "x", "y", []plots.Series{{Name: "m", X: []float64{0, 1}, Y: []float64{1, 1}}})
	})
	wantPanic(t, "needs values > 0", func() {
		plots.LogLog("", "x", "y", []plots.Series{{Name: "m", X: []float64{1, 2}, Y: []float64{1, -1}}})
	})
	wantPanic(t, "two different x values", func() {
		plots.LogLog("", "x", "y", []plots.Series{{Name: "m", X: []float64{3, 3}, Y: []float64{1, 2}}})
	})
	wantPanic(t, `law "neg"`, func() {
		plots.LogLog("", "x", "y", one, plots.Curve{Name: "neg", F: func(x float64) float64 { return -x }})
	})
	wantPanic(t, "has no function", func() { plots.LogLog("", "x", "y", one, plots.Curve{Name: "nil"}) })
}
