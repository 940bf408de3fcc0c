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
// unbounded message on main, and is an error (or an honest figure) now.

// noPanic runs f and fails the test if it panics.
func noPanic(t *testing.T, f func()) {
	t.Helper()
	defer func() {
		if r := recover(); r != nil {
			t.Fatalf("panicked: %v", r)
		}
	}()
	f()
}

// TestChordsNonFiniteEnd: a chord end that is NaN, or where f is NaN or
// infinite (between the points the curve is sampled at), is an error. On
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
		{"f infinite at an end", pole, plots.Chord{A: 0.3001, B: 0.9}, "f(0.3001) = +Inf"},
		{"f NaN at an end", hole, plots.Chord{A: -0.2, B: 0.5001}, "f(0.5001) = NaN"},
	} {
		t.Run(c.name, func(t *testing.T) {
			noPanic(t, func() {
				_, err := plots.Chords("", c.f, -1, 1, c.chord)
				wantError(t, err, c.want)
			})
		})
	}
}

// TestSpreadOverflow: values whose mean ± sd overflows (or lies beyond
// MaxValue) are an error; on main the first panicked (nil line) and the
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
			noPanic(t, func() {
				_, err := plots.Spread("", "y", plots.Group{Name: "g", Values: c.values})
				wantError(t, err, c.want)
			})
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
				p, err := plots.LossSurface("", c.loss, -c.r, c.r, -c.r, c.r)
				if err != nil {
					t.Fatalf("%s %g: %v", c.name, s, err)
				}
				if _, err := plots.PNG(p, 0, 0); err != nil {
					t.Errorf("%s %g: %v", c.name, s, err)
				}
			})
		}
	}
	X := mat.NewDense(4, 2, []float64{-1e14, -1e14, 1e14, 1e14, -1e14, 1e14, 1e14, -1e14})
	m := plots.PredictorFunc(func(P mat.Matrix) (*mat.Dense, error) {
		n, _ := P.Dims()
		out := mat.NewDense(n, 2, nil)
		for i := range n {
			out.Set(i, 0, P.At(i, 0)+P.At(i, 1))
		}
		return out, nil
	})
	noPanic(t, func() {
		p, err := plots.DecisionRegions("", m, X, []int{0, 1, 0, 1}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := plots.PNG(p, 0, 0); err != nil {
			t.Error(err)
		}
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

// TestTooSmallImage: an image too small to hold a figure is an error; on
// main PNG(p, 0.5, 0.5) returned a blank 1×1 image.
func TestTooSmallImage(t *testing.T) {
	p, err := plots.Training("t", "epoch", "loss", plots.Series{Y: []float64{3, 2, 1}})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range [][2]vg.Length{{0.5, 0.5}, {plots.Width, 10}, {20, plots.Height}} {
		_, err := plots.PNG(p, s[0], s[1])
		wantError(t, err, "too small")
		_, err = plots.SVG(p, s[0], s[1])
		wantError(t, err, "too small")
	}
	if _, err := plots.PNG(p, plots.MinSide, plots.MinSide); err != nil {
		t.Errorf("PNG at MinSide: %v", err)
	}
}

// TestConstantSurface: a constant loss is drawn in the colour its bar gives
// that value, with or without a separate bar. On main the surface was white
// (gonum leaves every cell blank when min = max) beside a coloured bar.
func TestConstantSurface(t *testing.T) {
	flat := func(w1, w2 float64) float64 { return 2.5 }
	f, err := plots.LossSurfaceBar("flat", "loss", flat, -1, 1, -1, 1)
	if err != nil {
		t.Fatal(err)
	}
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
	p, err := plots.LossSurface("flat", flat, -1, 1, -1, 1)
	if err != nil {
		t.Fatal(err)
	}
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
	b, err := plots.PNG(f, 0, 0)
	if err != nil {
		t.Fatal(err)
	}
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

// TestErrorMessagesCapped: an error quoting the caller's data (a weight
// vector, a name) stays short however large the data; on main it embedded
// all of it (a 100 000-weight line gave a message of about 600 kB).
func TestErrorMessagesCapped(t *testing.T) {
	longName := strings.Repeat("n", 1<<20)
	many := make([]float64, 100000)
	X := mat.NewDense(2, 2, []float64{0, 0, 1, 1})
	p, err := plots.Scatter("", X, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		err  error
		want string
	}{
		{"AddLine weights", plots.AddLine(p, plots.Line{W: many}), "100000 values"},
		{"Training name", func() error {
			_, err := plots.Training("", "", "", plots.Series{Name: longName})
			return err
		}(), "nnn…"},
		{"Functions name", func() error {
			_, err := plots.Functions("", 0, 1, plots.Curve{Name: longName})
			return err
		}(), "nnn…"},
		{"LossSurface path name", func() error {
			_, err := plots.LossSurface("", func(a, b float64) float64 { return a }, 0, 1, 0, 1,
				plots.Path{Name: longName})
			return err
		}(), "nnn…"},
		{"DecisionLines weights", func() error {
			_, err := plots.DecisionLines("", []plots.Line{{W: many}}, X, nil, nil)
			return err
		}(), "100000 weights"},
	} {
		t.Run(c.name, func(t *testing.T) {
			wantError(t, c.err, c.want)
			if c.err != nil && len(c.err.Error()) > plots.MaxErrorLen {
				t.Errorf("message of %d bytes, want at most %d", len(c.err.Error()), plots.MaxErrorLen)
			}
		})
	}
}
