package plots

import (
	"fmt"
	"math"

	"gomlp.dev/internal/validate"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
)

// Checks shared by the plot constructors and the renderers: what gonum/plot
// cannot draw panics here, naming the exported function fn and the
// problem, rather than as a panic, a hang or a blank frame inside gonum.

// Limits of what the figures draw, checked before gonum/plot is asked to.
const (
	// MaxValue is the largest magnitude of a coordinate or value a figure
	// draws: beyond it the width of an axis overflows (±1e308 hangs gonum's
	// tick labelling or leaves a blank frame).
	MaxValue = 1e100
	// MinLogValue is the smallest value on a logarithmic axis (subnormal
	// numbers make gonum's log ticks panic).
	MinLogValue = 1e-100
	// MaxLogDecades is the most powers of ten a logarithmic axis spans.
	MaxLogDecades = 60
	// MaxClasses is the most classes (labels 0 … MaxClasses−1) a scatter or
	// a decision-region figure draws.
	MaxClasses = 1000
	// MaxSide is the longest side of a rendered image (PNG, SVG); an image
	// also has at most MaxSide²/4 of area (1 m², 14 million pixels at 96 dpi).
	MaxSide = 200 * vg.Centimeter
	// MinSide is the shortest side of a rendered image: below it a title,
	// the axes and their labels leave no room for the data (at 0.5 × 0.5
	// points gonum draws a blank 1×1 image).
	MinSide = 2 * vg.Centimeter
)

// checkValue panics unless v, described by what, is finite and within
// ±MaxValue.
func checkValue(fn, what string, v float64) {
	if !validate.Finite(v) {
		fail(fn, ErrNonFinite, "%s is %v, not finite", what, v)
	}
	if math.Abs(v) > MaxValue {
		fail(fn, ErrLimit, "%s is %v, beyond ±%g (plots.MaxValue), the range a figure can draw", what, v, MaxValue)
	}
}

// checkPoint panics unless both coordinates of the point (x, y), described
// by what, are finite and within ±MaxValue.
func checkPoint(fn, what string, x, y float64) {
	if !validate.Finite(x) || !validate.Finite(y) {
		fail(fn, ErrNonFinite, "%s is (%v, %v), not finite", what, x, y)
	}
	if math.Abs(x) > MaxValue || math.Abs(y) > MaxValue {
		fail(fn, ErrLimit, "%s is (%v, %v), beyond ±%g (plots.MaxValue), the range a figure can draw", what, x, y, MaxValue)
	}
}

// checkRange panics unless [lo, hi], the range of the argument what, is
// finite, not empty and within ±MaxValue.
func checkRange(fn, what string, lo, hi float64) {
	if !validate.Finite(lo) || !validate.Finite(hi) {
		fail(fn, ErrNonFinite, "%s [%v, %v] is not finite", what, lo, hi)
	}
	if !(lo < hi) {
		fail(fn, nil, "%s [%v, %v] is empty, want %v < %v", what, lo, hi, lo, hi)
	}
	checkValue(fn, fmt.Sprintf("%s [%v, %v]", what, lo, hi), math.Max(math.Abs(lo), math.Abs(hi)))
}

// checkImageSize panics unless w × h is an image size the renderer can
// draw: both finite and > 0, each at least MinSide and at most MaxSide, the
// area at most MaxSide²/4.
func checkImageSize(fn string, w, h vg.Length) {
	cm := func(l vg.Length) float64 { return float64(l / vg.Centimeter) }
	if !(w > 0) || !(h > 0) || math.IsInf(float64(w), 0) || math.IsInf(float64(h), 0) {
		fail(fn, ErrLimit, "image size %.3g × %.3g cm, want both finite and > 0 (or both 0 for the figure's own size)", cm(w), cm(h))
	}
	if w < MinSide || h < MinSide {
		fail(fn, ErrLimit, "image size %.3g × %.3g cm is too small: at least %g cm a side (plots.MinSide)", cm(w), cm(h), cm(MinSide))
	}
	if w > MaxSide || h > MaxSide || float64(w)*float64(h) > float64(MaxSide)*float64(MaxSide)/4 {
		fail(fn, ErrLimit, "image size %.3g × %.3g cm is too large: at most %g cm a side (plots.MaxSide) and %g m² in all",
			cm(w), cm(h), cm(MaxSide), cm(MaxSide)*cm(MaxSide)/4/1e4)
	}
}

// checkFigure panics if f is nil (a nil interface or a nil pointer).
func checkFigure(fn string, f Figure) {
	if validate.Nil(f) {
		fail(fn, nil, "nil figure")
	}
}

// checkDrawable panics unless every plot of f has axes the renderer can
// draw, and a Panel has at least one plot.
func checkDrawable(fn string, f Figure) {
	switch f := f.(type) {
	case *plot.Plot:
		checkAxes(fn, f)
	case *Panel:
		n := 0
		for _, row := range f.Plots {
			for _, p := range row {
				if p == nil {
					continue
				}
				n++
				checkAxes(fn, p)
			}
		}
		if n == 0 {
			fail(fn, nil, "empty Panel (no plots); make one with NewPanel")
		}
	}
}

// axesError returns the problem with the axes of p ("" for none): a range
// beyond ±MaxValue, or a log axis gonum cannot mark. EqualAxes asks it too.
func axesError(p *plot.Plot) (msg string, kind error) {
	for _, a := range []struct {
		name string
		axis *plot.Axis
	}{{"x", &p.X}, {"y", &p.Y}} {
		lo, hi := a.axis.Min, a.axis.Max
		what := fmt.Sprintf("the %s axis of %s", a.name, quote(p.Title.Text))
		for _, v := range []float64{lo, hi} {
			switch {
			case math.IsInf(v, 0):
				// not set: gonum draws 0 … 1
			case math.IsNaN(v):
				return fmt.Sprintf("%s (from %v to %v) is not finite", what, lo, hi), ErrNonFinite
			case math.Abs(v) > MaxValue:
				return fmt.Sprintf("%s (from %v to %v) is beyond ±%g (plots.MaxValue), the range a figure can draw", what, lo, hi, MaxValue), ErrLimit
			}
		}
		if isLog(a.axis) {
			if msg := logRangeError(what, lo, hi); msg != "" {
				return msg, ErrLimit
			}
		}
	}
	return "", nil
}

// checkAxes panics unless both axes of p can be drawn.
func checkAxes(fn string, p *plot.Plot) {
	if msg, kind := axesError(p); msg != "" {
		fail(fn, kind, "%s", msg)
	}
}

// logRangeError returns the problem with drawing lo … hi on a log axis,
// "" for none.
func logRangeError(what string, lo, hi float64) string {
	if !(lo >= MinLogValue) || !(hi <= MaxValue) {
		return fmt.Sprintf("%s runs from %v to %v on a log scale, want values in [%g, %g] (plots.MinLogValue, plots.MaxValue)", what, lo, hi, MinLogValue, MaxValue)
	}
	if d := math.Log10(hi / lo); d > MaxLogDecades {
		return fmt.Sprintf("%s runs from %v to %v on a log scale, %.0f powers of ten, more than %d (plots.MaxLogDecades)", what, lo, hi, d, MaxLogDecades)
	}
	return ""
}

// checkLogRange panics unless lo … hi can be drawn on a log axis.
func checkLogRange(fn, what string, lo, hi float64) {
	if msg := logRangeError(what, lo, hi); msg != "" {
		fail(fn, ErrLimit, "%s", msg)
	}
}

// checkRender checks, before drawing, that f can be drawn at w × h.
func checkRender(fn string, f Figure, w, h vg.Length) {
	checkDrawable(fn, f)
	checkImageSize(fn, w, h)
}
