package plots_test

import (
	"math"
	"testing"

	"gomlp.dev/data"
	"gomlp.dev/mlp"
	"gomlp.dev/plots"
	"gonum.org/v1/plot/cmpimg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
)

// ExampleNewArrow draws the AND unit's regions with its weight vector w from
// the point of the line closest to the origin, x* = −b·w/‖w‖², at equal
// scales on both axes so that w looks perpendicular to the line.
func ExampleNewArrow() {
	and := data.TruthTable("and")
	u := mlp.AND()
	p := plots.DecisionRegions("AND and its weight vector (0.3·w)", u, and.X, and.Labels, []string{"ŷ = 0", "ŷ = 1"})
	n2 := u.W[0]*u.W[0] + u.W[1]*u.W[1]
	x0, y0 := -u.B*u.W[0]/n2, -u.B*u.W[1]/n2
	w := plots.NewArrow(x0, y0, x0+0.3*u.W[0], y0+0.3*u.W[1])
	p.Add(w)
	width, height := plots.EqualAxes(p)
	img := plots.PNG(p, width, height)
	saveBytes("arrow", img)
	// Output:
}

func TestArrowGolden(t *testing.T) {
	cmpimg.CheckPlot(ExampleNewArrow, t, "arrow.png")
}

// TestEqualAxesScales checks that at the size EqualAxes gives, the data area
// has the aspect ratio of the data ranges, for a plot and for a panel.
func TestEqualAxesScales(t *testing.T) {
	and := data.TruthTable("and")
	p := plots.DecisionRegions("AND", mlp.AND(), and.X, and.Labels, nil)
	p.X.Max += 2 // a wide range: the figure must get wider
	w, h := plots.EqualAxes(p)
	// Figures are drawn inside a blank border of 6 points.
	area := p.DataCanvas(draw.New(vgimg.New(w-2*6, h-2*6))).Size()
	got := float64(area.X / area.Y)
	want := (p.X.Max - p.X.Min) / (p.Y.Max - p.Y.Min)
	if math.Abs(got-want) > 0.01*want {
		t.Errorf("data area aspect %.3f, want %.3f (size %v × %v)", got, want, w, h)
	}
	panel := plots.NewPanel(2, p, p)
	pw, ph := plots.EqualAxes(panel)
	if math.Abs(float64(pw/2-w*plots.PanelHeight/plots.Height)) > float64(w)*0.2 || ph != plots.PanelHeight {
		t.Errorf("panel size %v × %v for a 1×2 grid of plots %v wide", pw, ph, w)
	}
	wantPanic(t, "NewArrow: arrow from (0, 0) to itself", func() { plots.NewArrow(0, 0, 0, 0) })
	wantPanicIs(t, plots.ErrNonFinite, "NewArrow: arrow from (0, 0) to (NaN, 1) is not finite", func() { plots.NewArrow(0, 0, math.NaN(), 1) })
}
