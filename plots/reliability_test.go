package plots_test

import (
	"bytes"
	"go/ast"
	"go/parser"
	"go/token"
	"image"
	"image/color"
	"image/png"
	"math"
	"path/filepath"
	"strings"
	"testing"

	"gomlp.dev/plots"
	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/plot/vg"
)

// The findings of issue 18 in plots: each was a panic, a silent result or an
// unbounded message on main, and is a plots: panic naming the problem
// (or an honest figure) now.

// TestChordsNonFiniteEnd: a chord end that is NaN, or where f is NaN or
// infinite (between the points the curve is sampled at), panics naming
// it. On
// main each panicked with a nil dereference (plotter.NewLine's error was
// discarded).
func TestChordsNonFiniteEnd(t *testing.T) {
	sq := func(x float64) float64 { return x * x }
	pole := func(x float64) float64 { return 1 / (x - 0.3001) } // +Inf at 0.3001, finite on the samples
	hole := func(x float64) float64 {
		if x == 0.5001 {
			return math.NaN()
		}
		return x
	}
	for _, c := range []struct {
		name  string
		f     func(float64) float64
		chord plots.Chord
		want  string
	}{
		{"NaN end", sq, plots.Chord{A: math.NaN(), B: 0.5}, "chord 0 from NaN to 0.5"},
		{"NaN other end", sq, plots.Chord{A: 0.5, B: math.NaN()}, "chord 0 from 0.5 to NaN"},
		{"infinite end", sq, plots.Chord{A: -0.5, B: math.Inf(1)}, "chord 0 from -0.5 to +Inf"},
		{"f infinite at an end", pole, plots.Chord{A: 0.3001, B: 0.9}, "Chords: chord 0: f(0.3001) is +Inf, not finite"},
		{"f NaN at an end", hole, plots.Chord{A: -0.2, B: 0.5001}, "Chords: chord 0: f(0.5001) is NaN, not finite"},
	} {
		t.Run(c.name, func(t *testing.T) {
			wantPanic(t, c.want, func() { plots.Chords("", c.f, -1, 1, c.chord) })
		})
	}
}

// TestSpreadOverflow: values whose mean ± sd overflows (or lies beyond
// MaxValue) panic naming the limit (ErrLimit); on main the first panicked (nil line) and the
// second failed only at render.
func TestSpreadOverflow(t *testing.T) {
	for _, c := range []struct {
		name   string
		values []float64
		want   string
	}{
		{"sum overflows", []float64{1e308, -1e308}, "value 0 is 1e+308, beyond ±1e+100"},
		{"mean + sd beyond MaxValue", []float64{plots.MaxValue, -plots.MaxValue}, "mean ± sd"},
	} {
		t.Run(c.name, func(t *testing.T) {
			wantPanicIs(t, plots.ErrLimit, c.want, func() { plots.Spread("", "y", plots.Group{Name: "g", Values: c.values}) })
		})
	}
}

// TestContoursAtAnySpan: a loss plane spanning ~1e13 and more, and
// decision regions over data 1e14 wide, render. On main gonum's contour
// panicked at render ("contour: not a linear path"): it joins segments by
// exact equality of points in data units, which rounding breaks at such
// magnitudes; plots now traces contours in grid units.
func TestContoursAtAnySpan(t *testing.T) {
	for _, s := range []float64{1e13, 1e15, 1e20} {
		plane := func(w1, w2 float64) float64 { return s*w1 + w2 }
		wide := func(w1, w2 float64) float64 { return w1 + w2 }
		for _, c := range []struct {
			name string
			loss func(w1, w2 float64) float64
			r    float64
		}{{"plane", plane, 1}, {"range", wide, s}} {
			noPanic(t, func() {
				p := plots.LossSurface("", c.loss, -c.r, c.r, -c.r, c.r)
				plots.PNG(p, 0, 0)
			})
		}
	}
	X := mat.NewDense(4, 2, []float64{-1e14, -1e14, 1e14, 1e14, -1e14, 1e14, 1e14, -1e14})
	m := plots.PredictorFunc(func(P mat.Matrix) *mat.Dense {
		n, _ := P.Dims()
		out := mat.NewDense(n, 2, nil)
		for i := range n {
			out.Set(i, 0, P.At(i, 0)+P.At(i, 1))
		}
		return out
	})
	noPanic(t, func() {
		p := plots.DecisionRegions("", m, X, []int{0, 1, 0, 1}, nil)
		plots.PNG(p, 0, 0)
	})
}

// TestNoDiscardedPlotterErrors: no call of a gonum plotter constructor
// (plotter.NewLine, NewScatter, …) in plots discards its error with "_".
// On main 18 did ("cannot fail"), and two of them could: the nil plotter
// then panicked (Chords, Spread above).
func TestNoDiscardedPlotterErrors(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			as, ok := n.(*ast.AssignStmt)
			if !ok || len(as.Rhs) != 1 || len(as.Lhs) < 2 {
				return true
			}
			call, ok := as.Rhs[0].(*ast.CallExpr)
			if !ok {
				return true
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok {
				return true
			}
			pkg, ok := sel.X.(*ast.Ident)
			if !ok || pkg.Name != "plotter" || !strings.HasPrefix(sel.Sel.Name, "New") {
				return true
			}
			if last, ok := as.Lhs[len(as.Lhs)-1].(*ast.Ident); ok && last.Name == "_" {
				t.Errorf("%s: the error of plotter.%s is discarded", fset.Position(as.Pos()), sel.Sel.Name)
			}
			return true
		})
	}
}

// TestTooSmallImage: an image too small to hold a figure panics; on
// main PNG(p, 0.5, 0.5) returned a blank 1×1 image.
func TestTooSmallImage(t *testing.T) {
	p := plots.Training("t", "epoch", "loss", plots.Series{Y: []float64{3, 2, 1}})
	for _, s := range [][2]vg.Length{{0.5, 0.5}, {plots.Width, 10}, {20, plots.Height}} {
		wantPanic(t, "too small", func() { plots.PNG(p, s[0], s[1]) })
		wantPanic(t, "too small", func() { plots.SVG(p, s[0], s[1]) })
	}
	plots.PNG(p, plots.MinSide, plots.MinSide)
}

// TestConstantSurface: a constant loss is drawn in the colour its bar gives
// that value, with or without a separate bar. On main the surface was white
// (gonum leaves every cell blank when min = max) beside a coloured bar.
func TestConstantSurface(t *testing.T) {
	flat := func(w1, w2 float64) float64 { return 2.5 }
	f := plots.LossSurfaceBar("flat", "loss", flat, -1, 1, -1, 1)
	img := render(t, f)
	w, h := img.Bounds().Dx(), img.Bounds().Dy()
	// The middle of the surface, and the bar's column (right of Width).
	surface := img.At(w*4/10, h/2)
	if isWhite(surface) {
		t.Fatalf("LossSurfaceBar: the constant surface is white")
	}
	if !hasColor(img, image.Rect(w*85/100, h/4, w, h*3/4), surface) {
		t.Errorf("LossSurfaceBar: the surface's colour %v is not in the bar", surface)
	}
	p := plots.LossSurface("flat", flat, -1, 1, -1, 1)
	img = render(t, p)
	w, h = img.Bounds().Dx(), img.Bounds().Dy()
	surface = img.At(w*4/10, h/2)
	if isWhite(surface) {
		t.Fatalf("LossSurface: the constant surface is white")
	}
	if !hasColor(img, image.Rect(w*75/100, h/4, w, h*3/4), surface) {
		t.Errorf("LossSurface: the surface's colour %v is not in its colour bar", surface)
	}
}

// render draws f as a PNG and decodes it.
func render(t *testing.T, f plots.Figure) image.Image {
	t.Helper()
	b := plots.PNG(f, 0, 0)
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	return img
}

func isWhite(c color.Color) bool {
	r, g, b, _ := c.RGBA()
	return r>>8 > 250 && g>>8 > 250 && b>>8 > 250
}

// hasColor reports whether some pixel of img in r has exactly colour c.
func hasColor(img image.Image, r image.Rectangle, c color.Color) bool {
	cr, cg, cb, _ := c.RGBA()
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			pr, pg, pb, _ := img.At(x, y).RGBA()
			if pr == cr && pg == cg && pb == cb {
				return true
			}
		}
	}
	return false
}

// TestErrorMessagesCapped: a panic quoting the caller's data (a weight
// vector, a name) stays short however large the data; on main it embedded
// all of it (a 100 000-weight line gave a message of about 600 kB).
func TestErrorMessagesCapped(t *testing.T) {
	longName := strings.Repeat("n", 1<<20)
	many := make([]float64, 100000)
	X := mat.NewDense(2, 2, []float64{0, 0, 1, 1})
	p := plots.Scatter("", X, nil, nil)
	for _, c := range []struct {
		name string
		call func()
		want string
	}{
		{"AddLine weights", func() { plots.AddLine(p, plots.Line{Name: longName, W: many}) }, "has 100000 weights"},
		{"Training name", func() { plots.Training("", "", "", plots.Series{Name: longName}) }, "nnn…"},
		{"Functions name", func() { plots.Functions("", 0, 1, plots.Curve{Name: longName}) }, "nnn…"},
		{"LossSurface path name", func() {
			plots.LossSurface("", func(a, b float64) float64 { return a }, 0, 1, 0, 1, plots.Path{Name: longName})
		}, "nnn…"},
		{"DecisionLines weights", func() { plots.DecisionLines("", []plots.Line{{W: many}}, X, nil, nil) }, "100000 weights"},
	} {
		t.Run(c.name, func(t *testing.T) {
			err := wantPanic(t, c.want, c.call)
			if len(err.Error()) > plots.MaxErrorLen {
				t.Errorf("message of %d bytes, want at most %d", len(err.Error()), plots.MaxErrorLen)
			}
		})
	}
}
