package mlp

import (
	"slices"
	"testing"
)

func TestInterpolate(t *testing.T) {
	a, _ := NewNetwork(Spec{Sizes: []int{2, 3, 1}, Seed: 1})
	b, _ := NewNetwork(Spec{Sizes: []int{2, 3, 1}, Seed: 2})
	for _, tc := range []struct {
		t    float64
		want []float64
	}{{0, a.Params()}, {1, b.Params()}} {
		m, err := Interpolate(a, b, tc.t)
		if err != nil {
			t.Fatal(err)
		}
		if got := m.Params(); !slices.Equal(got, tc.want) {
			t.Errorf("t = %v: got %v, want %v", tc.t, got, tc.want)
		}
	}
	m, _ := Interpolate(a, b, 0.25)
	ta, tb := a.Params(), b.Params()
	for i, v := range m.Params() {
		if want := 0.75*ta[i] + 0.25*tb[i]; v != want {
			t.Errorf("θ(0.25)[%d]: got %v, want %v", i, v, want)
		}
	}
	c, _ := NewNetwork(Spec{Sizes: []int{2, 4, 1}})
	if _, err := Interpolate(a, c, 0.5); err == nil {
		t.Error("Interpolate between [2 3 1] and [2 4 1]: no error")
	}
}
