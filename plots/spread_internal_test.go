package plots

import (
	"math"
	"testing"
)

// TestMeanStd: (1, 2, 3, 6) has mean 3 and sample variance (4+1+0+9)/3.
func TestMeanStd(t *testing.T) {
	m, s := meanStd([]float64{1, 2, 3, 6})
	if m != 3 || math.Abs(s-math.Sqrt(14.0/3)) > 1e-15 {
		t.Errorf("got %v ± %v, want 3 ± %v", m, s, math.Sqrt(14.0/3))
	}
	if _, s := meanStd([]float64{5}); s != 0 {
		t.Errorf("one value: sd %v, want 0", s)
	}
}
