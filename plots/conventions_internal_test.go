package plots

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"
	"testing"

	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
)

// The course's figure conventions (issue 16), checked on what a figure
// draws: golden images show them, these tests state them.

// rendered is a figure drawn as PNG draws it, decoded, with the canvas its
// plot was drawn on (to find data coordinates in the image).
type rendered struct {
	img    image.Image
	canvas draw.Canvas // the plot's canvas, inside the margin
}

// renderPlot draws p at Width × Height as PNG does.
func renderPlot(t *testing.T, p *plot.Plot) rendered {
	t.Helper()
	b := PNG(p, 0, 0)
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	c := vgimg.NewWith(vgimg.UseWH(Width, Height), vgimg.UseDPI(dpi))
	return rendered{img: img, canvas: draw.Crop(draw.New(c), margin, -margin, margin, -margin)}
}

// pixel returns the colour at canvas point pt (y up, in points).
func (r rendered) pixel(pt vg.Point) color.RGBA {
	x := int(float64(pt.X) * dpi / 72)
	y := r.img.Bounds().Dy() - 1 - int(float64(pt.Y)*dpi/72)
	c := color.RGBAModel.Convert(r.img.At(x, y)).(color.RGBA)
	return c
}

// near reports whether two colours differ by at most tol in each channel.
func near(a, b color.RGBA, tol int) bool {
	d := func(x, y uint8) bool { return math.Abs(float64(x)-float64(y)) <= float64(tol) }
	return d(a.R, b.R) && d(a.G, b.G) && d(a.B, b.B)
}

// TestHeatMapsHaveColorBars: every heat map or surface of plots draws, right
// of its data area, a bar whose bottom is the colour of its lowest value
// and whose top the colour of its highest: LossSurface, Surface, a
// probability map (DecisionRegions with one output) and WeightImages.
// Before, only LossSurfaceBar had one.
func TestHeatMapsHaveColorBars(t *testing.T) {
	bowl := func(a, b float64) float64 { return a*a + 2*b*b }
	loss := LossSurface("loss", bowl, -1, 1, -1, 1)
	surf := Surface("tower", "ŷ", bowl, -1, 1, -1, 1)
	X := mat.NewDense(2, 2, []float64{-1, -1, 1, 1})
	sigmoid := PredictorFunc(func(P mat.Matrix) *mat.Dense {
		n, _ := P.Dims()
		out := mat.NewDense(n, 1, nil)
		for i := range n {
			out.Set(i, 0, 1/(1+math.Exp(-20*P.At(i, 0))))
		}
		return out
	})
	prob := DecisionRegions("probability", sigmoid, X, []int{0, 1}, nil)
	W := mat.NewDense(1, 4, []float64{1, -1, 0.5, 0})
	weights := WeightImages("weights", W, 1)
	surfLo, surfHi := surfaceColor(0, 3)(0), surfaceColor(0, 3)(3)
	for _, c := range []struct {
		name   string
		p      *plot.Plot
		lo, hi color.Color
	}{
		{"LossSurface", loss, surfLo, surfHi},
		{"Surface", surf, surfLo, surfHi},
		{"probability map", prob, probColor(0), probColor(1)},
		{"WeightImages", weights, pale(Palette[1], 1), pale(Palette[0], 1)},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := renderPlot(t, c.p)
			data := c.p.DataCanvas(r.canvas)
			x := data.Max.X + barGap + barThick/2
			lo := color.RGBAModel.Convert(c.lo).(color.RGBA)
			hi := color.RGBAModel.Convert(c.hi).(color.RGBA)
			if got := r.pixel(vg.Point{X: x, Y: data.Min.Y + 1}); !near(got, lo, 8) {
				t.Errorf("bottom of the bar: got %v, want the lowest value's %v", got, lo)
			}
			if got := r.pixel(vg.Point{X: x, Y: data.Max.Y - 1}); !near(got, hi, 8) {
				t.Errorf("top of the bar: got %v, want the highest value's %v", got, hi)
			}
		})
	}
}

// TestMarkersOverOverlays: a line added over a scatter (AddLine) and a
// circle (AddCircle) pass under the points, not over them: the centre of
// every point on them keeps the point's colour. Before, the dashes hid the
// points they crossed.
func TestMarkersOverOverlays(t *testing.T) {
	const n = 11
	X := mat.NewDense(n+2, 2, nil)
	for i := range n { // on the line x₁ = 0 and on the unit circle
		a := math.Pi * float64(i) / (n - 1)
		if i%2 == 0 {
			X.Set(i, 0, 0)
			X.Set(i, 1, -1+2*float64(i)/(n-1))
		} else {
			X.Set(i, 0, math.Cos(a))
			X.Set(i, 1, math.Sin(a))
		}
	}
	X.Set(n, 0, -1.5) // the corners, to set the range
	X.Set(n, 1, -1.5)
	X.Set(n+1, 0, 1.5)
	X.Set(n+1, 1, 1.5)
	p := Scatter("markers on top", X, nil, nil)
	AddLine(p, Line{W: []float64{1, 0}})
	AddCircle(p, "", 0, 0, 1)
	r := renderPlot(t, p)
	data := p.DataCanvas(r.canvas)
	trX, trY := p.Transforms(&data)
	want := color.RGBAModel.Convert(Palette[0]).(color.RGBA)
	for i := range n {
		pt := vg.Point{X: trX(X.At(i, 0)), Y: trY(X.At(i, 1))}
		if got := r.pixel(pt); !near(got, want, 24) {
			t.Errorf("point %d (%.2f, %.2f): centre is %v, want the point's %v", i, X.At(i, 0), X.At(i, 1), got, want)
		}
	}
}

// TestLogAxisLabels: a log axis's label says "(log)" (added once, "(log
// scale)" shortened) and leaves no blank band: the data area of a log plot
// is as tall as that of the same plot on a linear axis. Before, gonum
// reserved half the label's length above a log Y axis (about 35 points for
// "ECM (log scale)").
func TestLogAxisLabels(t *testing.T) {
	for label, want := range map[string]string{
		"ECM":             "ECM (log)",
		"ECM (log scale)": "ECM (log)",
		"passes (log)":    "passes (log)",
		"":                "(log)",
	} {
		if got := logLabel(label); got != want {
			t.Errorf("logLabel(%q) = %q, want %q", label, got, want)
		}
	}
	series := Series{Name: "loss", Y: []float64{10, 1, 0.1, 0.01}}
	lin := Training("t", "a long x label, with words", "a long label (log scale)", series)
	logp := TrainingLogY("t", "a long x label, with words", "a long label (log scale)", series)
	LogX(logp)
	c := draw.New(vgimg.New(Width, Height))
	v := newView(logp)
	if v.yLabel != "a long label (log)" || v.xLabel != "a long x label, with words (log)" {
		t.Errorf("labels drawn: %q and %q", v.yLabel, v.xLabel)
	}
	if logp.Y.Label.Text != "a long label (log scale)" {
		t.Errorf("the caller's plot changed: its label is %q", logp.Y.Label.Text)
	}
	got, want := v.plot.DataCanvas(c), lin.DataCanvas(c)
	if d := math.Abs(float64(got.Max.Y - want.Max.Y)); d > 2 {
		t.Errorf("top of the data area: %v on a log axis, %v on a linear one", got.Max.Y, want.Max.Y)
	}
	if d := math.Abs(float64(got.Max.X - want.Max.X)); d > 2 {
		t.Errorf("right of the data area: %v on a log axis, %v on a linear one", got.Max.X, want.Max.X)
	}
	for name, f := range map[string]func(*plot.Plot){"LogX": LogX, "LogY": LogY} {
		func() {
			defer func() {
				if r := recover(); r == nil || fmt.Sprint(r) != "plots: "+name+": nil plot" {
					t.Errorf("%s(nil): panicked with %v, want plots: %s: nil plot", name, r, name)
				}
			}()
			f(nil)
		}()
	}
}

// TestTickers: every linear axis plots makes is marked by NiceTicks, every
// log axis by PowerTicks.
func TestTickers(t *testing.T) {
	X := mat.NewDense(3, 2, []float64{0, 0, 1, 2, 2, 1})
	Y := mat.NewDense(3, 1, []float64{0, 1, 4})
	s := Series{Y: []float64{3, 2, 1}}
	sq := func(x float64) float64 { return x * x }
	lin, pow := plot.Ticker(NiceTicks{}), plot.Ticker(PowerTicks{})
	for _, c := range []struct {
		name string
		p    *plot.Plot
		x, y plot.Ticker
	}{
		{"Functions", Functions("", 0, 1, Curve{F: sq}), lin, lin},
		{"Curves", Curves("", "x", "y", 0, 1, Curve{F: sq}), lin, lin},
		{"Scatter", Scatter("", X, nil, nil), lin, lin},
		{"Regression", Regression("", Y.Slice(0, 3, 0, 1), Y, Curve{F: sq}), lin, lin},
		{"Training", Training("", "", "", s), lin, lin},
		{"TrainingLogY", TrainingLogY("", "", "", s), lin, pow},
		{"GradientNorms", GradientNorms("", [][]float64{{1, 2}, {0.5, 1}}), lin, pow},
		{"LogLog", LogLog("", "", "", []Series{{X: []float64{1, 10}, Y: []float64{1, 2}}}), pow, pow},
		{"LossSurface", LossSurface("", func(a, b float64) float64 { return a }, 0, 1, 0, 1), lin, lin},
		{"DecisionLines", DecisionLines("", []Line{{W: []float64{1, 1}}}, X, nil, nil), lin, lin},
		{"Chords", Chords("", sq, -1, 1, Chord{A: -1, B: 1}), lin, lin},
	} {
		if c.p.X.Tick.Marker != c.x || c.p.Y.Tick.Marker != c.y {
			t.Errorf("%s: tickers %T and %T, want %T and %T", c.name, c.p.X.Tick.Marker, c.p.Y.Tick.Marker, c.x, c.y)
		}
	}
	sp := Spread("", "", Group{Values: []float64{1, 2}})
	if sp.Y.Tick.Marker != lin {
		t.Errorf("Spread: Y ticker %T, want NiceTicks", sp.Y.Tick.Marker)
	}
}
