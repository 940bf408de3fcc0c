package plots_test

import (
	"math"
	"testing"

	"gomlp.dev/plots"
	"gonum.org/v1/plot"
)

func TestNewCircle(t *testing.T) {
	l := plots.NewCircle(1, -2, 3)
	for i, p := range l.XYs {
		if r := math.Hypot(p.X-1, p.Y+2); math.Abs(r-3) > 1e-12 {
			t.Fatalf("point %d (%v, %v) is at distance %v from the centre, want 3", i, p.X, p.Y, r)
		}
	}
	if a, b := l.XYs[0], l.XYs[len(l.XYs)-1]; math.Abs(a.X-b.X) > 1e-12 || math.Abs(a.Y-b.Y) > 1e-12 {
		t.Errorf("circle not closed: first %v, last %v", a, b)
	}
	wantPanic(t, "NewCircle: radius 0, want r > 0", func() { plots.NewCircle(0, 0, 0) })
	wantPanic(t, "NewCircle: radius -1, want r > 0", func() { plots.NewCircle(0, 0, -1) })
	wantPanicIs(t, plots.ErrNonFinite, "NewCircle: radius is NaN, not finite", func() { plots.NewCircle(0, 0, math.NaN()) })
	wantPanicIs(t, plots.ErrNonFinite, "NewCircle: centre is (+Inf, 0), not finite", func() { plots.NewCircle(math.Inf(1), 0, 1) })
}

func TestNewBandBadInput(t *testing.T) {
	tests := []struct {
		name   string
		w      []float64
		lo, hi float64
		want   string
	}{
		{"one weight", []float64{1}, 1, 0, "NewBand: 1 weights, want 2"},
		{"zero w", []float64{0, 0}, 1, 0, "no lines when w = 0"},
		{"NaN", []float64{1, math.NaN()}, 1, 0, "not finite"},
		{"empty", []float64{1, 1}, -1.5, -0.5, "is empty (want lo > hi)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantPanic(t, tt.want, func() { plots.NewBand(tt.w, tt.lo, tt.hi) })
		})
	}
}

func TestIntegerTicks(t *testing.T) {
	p := plot.New()
	plots.IntegerTicks(p)
	tests := []struct {
		lo, hi float64
		want   []float64
	}{
		{-2.6, 2.6, []float64{-2, -1, 0, 1, 2}},
		{-0.15, 1.15, []float64{0, 1}},
		{0, 30, []float64{0, 5, 10, 15, 20, 25, 30}},
	}
	for _, tt := range tests {
		ticks := p.X.Tick.Marker.Ticks(tt.lo, tt.hi)
		if len(ticks) != len(tt.want) {
			t.Fatalf("ticks of [%v, %v] = %v, want %v", tt.lo, tt.hi, ticks, tt.want)
		}
		for i, tk := range ticks {
			if tk.Value != tt.want[i] || tk.Label == "" || tk.Label == "-0" {
				t.Errorf("tick %d of [%v, %v] = %+v, want %v labelled", i, tt.lo, tt.hi, tk, tt.want[i])
			}
		}
	}
}
