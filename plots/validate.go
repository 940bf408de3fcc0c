package plots

import (
	"errors"
	"fmt"
	"math"
	"reflect"

	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
)

// Checks shared by the plot constructors and the renderers: what gonum/plot
// cannot draw is an error here rather than a panic, a hang or a blank frame
// inside gonum.

// nilMatrix reports whether m is nil or holds a nil pointer: a nil
// interface, a typed nil such as (*mat.Dense)(nil), or the transpose of one
// (gonum dereferences it on the first call to Dims).
func nilMatrix(m mat.Matrix) bool {
	if m == nil {
		return true
	}
	if t, ok := m.(mat.Transpose); ok {
		return nilMatrix(t.Matrix)
	}
	return isNil(m)
}

// isNil reports whether v is nil or a nil pointer, map, slice or function
// inside an interface (a typed nil).
func isNil(v any) bool {
	if v == nil {
		return true
	}
	r := reflect.ValueOf(v)
	switch r.Kind() {
	case reflect.Pointer, reflect.Interface, reflect.Map, reflect.Slice, reflect.Func:
		return r.IsNil()
	}
	return false
}

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

// checkValue returns an error naming what unless v is finite and within
// ±MaxValue.
func checkValue(what string, v float64) error {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return errorf("%s is %v, not finite", what, v)
	}
	if math.Abs(v) > MaxValue {
		return errorf("%s is %v, beyond ±%g (plots.MaxValue), the range a figure can draw", what, v, MaxValue)
	}
	return nil
}

// checkImageSize returns an error unless w × h is an image size the
// renderer can draw: both finite and > 0, each at least MinSide and at most
// MaxSide, the area at most MaxSide²/4.
func checkImageSize(w, h vg.Length) error {
	cm := func(l vg.Length) float64 { return float64(l / vg.Centimeter) }
	if !(w > 0) || !(h > 0) || math.IsInf(float64(w), 0) || math.IsInf(float64(h), 0) {
		return errorf("image size %.3g × %.3g cm, want both finite and > 0 (or both 0 for the figure's own size)", cm(w), cm(h))
	}
	if w < MinSide || h < MinSide {
		return errorf("image size %.3g × %.3g cm is too small: at least %g cm a side (plots.MinSide)", cm(w), cm(h), cm(MinSide))
	}
	if w > MaxSide || h > MaxSide || float64(w)*float64(h) > float64(MaxSide)*float64(MaxSide)/4 {
		return errorf("image size %.3g × %.3g cm is too large: at most %g cm a side (plots.MaxSide) and %g m² in all",
			cm(w), cm(h), cm(MaxSide), cm(MaxSide)*cm(MaxSide)/4/1e4)
	}
	return nil
}

// checkDrawable returns an error unless every plot of f has axes the
// renderer can draw, and a Panel has at least one plot.
func checkDrawable(f Figure) error {
	switch f := f.(type) {
	case *plot.Plot:
		return checkAxes(f)
	case *Panel:
		n := 0
		for _, row := range f.Plots {
			for _, p := range row {
				if p == nil {
					continue
				}
				n++
				if err := checkAxes(p); err != nil {
					return err
				}
			}
		}
		if n == 0 {
			return errors.New("plots: empty Panel (no plots); make one with NewPanel")
		}
	}
	return nil
}

// checkAxes checks the ranges of both axes of p.
func checkAxes(p *plot.Plot) error {
	for _, a := range []struct {
		name string
		axis *plot.Axis
	}{{"x", &p.X}, {"y", &p.Y}} {
		lo, hi := a.axis.Min, a.axis.Max
		for _, v := range []float64{lo, hi} {
			if math.IsInf(v, 0) {
				continue // not set: gonum draws 0 … 1
			}
			if err := checkValue(fmt.Sprintf("the %s axis of %s (from %v to %v)", a.name, quote(p.Title.Text), lo, hi), v); err != nil {
				return err
			}
		}
		if _, ok := a.axis.Scale.(plot.LogScale); ok {
			if err := checkLogRange(fmt.Sprintf("the %s axis of %s", a.name, quote(p.Title.Text)), lo, hi); err != nil {
				return err
			}
		}
	}
	return nil
}

// checkLogRange returns an error unless lo … hi can be drawn on a log axis.
func checkLogRange(what string, lo, hi float64) error {
	if !(lo >= MinLogValue) || !(hi <= MaxValue) {
		return errorf("%s runs from %v to %v on a log scale, want values in [%g, %g] (plots.MinLogValue, plots.MaxValue)", what, lo, hi, MinLogValue, MaxValue)
	}
	if d := math.Log10(hi / lo); d > MaxLogDecades {
		return errorf("%s runs from %v to %v on a log scale, %.0f powers of ten, more than %d (plots.MaxLogDecades)", what, lo, hi, d, MaxLogDecades)
	}
	return nil
}

// checkRender checks, before drawing, that f can be drawn at w × h.
func checkRender(f Figure, w, h vg.Length) error {
	if err := checkDrawable(f); err != nil {
		return err
	}
	return checkImageSize(w, h)
}
