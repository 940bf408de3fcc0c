package lab

import (
	"math"
	"slices"
	"testing"

	"gomlp.dev/mlp"
)

func TestInterpolate(t *testing.T) {
	a := mlp.NewNetwork(mlp.Spec{Sizes: []int{2, 3, 1}, Seed: 1})
	b := mlp.NewNetwork(mlp.Spec{Sizes: []int{2, 3, 1}, Seed: 2})
	for _, tc := range []struct {
		t    float64
		want []float64
	}{{0, a.Params()}, {1, b.Params()}} {
		if got := Interpolate(a, b, tc.t).Params(); !slices.Equal(got, tc.want) {
			t.Errorf("t = %v: got %v, want %v", tc.t, got, tc.want)
		}
	}
	m := Interpolate(a, b, 0.25)
	ta, tb := a.Params(), b.Params()
	for i, v := range m.Params() {
		if want := 0.75*ta[i] + 0.25*tb[i]; v != want {
			t.Errorf("θ(0.25)[%d]: got %v, want %v", i, v, want)
		}
	}
	zeros, tens := a.Clone(), a.Clone()
	zeros.SetParams(make([]float64, a.NumParams()))
	tens.SetParams(slices.Repeat([]float64{10}, a.NumParams()))
	c := mlp.NewNetwork(mlp.Spec{Sizes: []int{2, 4, 1}})
	for _, tc := range []struct {
		name string
		call func()
		want string
	}{
		{"other sizes", func() { Interpolate(a, c, 0.5) }, "Interpolate between networks of sizes [2 3 1] and [2 4 1], want the same"},
		{"t = NaN", func() { Interpolate(a, b, math.NaN()) }, "Interpolate at t = NaN, want a finite t"},
		{"t = +Inf", func() { Interpolate(a, b, math.Inf(1)) }, "t = +Inf, want a finite t"},
		{"overflowing", func() { Interpolate(zeros, tens, 1e308) }, "Interpolate at t = 1e+308: parameter θ[0] is +Inf: it overflows float64"},
		{"nil", func() { Interpolate(nil, b, 0) }, "Interpolate of a nil network"},
	} {
		wantPanic(t, tc.name, tc.call, "lab: ", tc.want)
	}
}
