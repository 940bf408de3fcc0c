package plots

import (
	"math"
	"strings"
	"testing"
)

// TestPowerTicks: every power of ten in range is labelled exactly, and the
// unlabelled ticks between are 2…9 times it.
func TestPowerTicks(t *testing.T) {
	var labels []string
	unlabelled := 0
	for _, tk := range (PowerTicks{}).Ticks(3e-9, 20) {
		if tk.Label != "" {
			labels = append(labels, tk.Label)
		} else {
			unlabelled++
		}
	}
	want := "1e-8 1e-7 1e-6 1e-5 1e-4 0.001 0.01 0.1 1 10"
	if got := strings.Join(labels, " "); got != want {
		t.Errorf("labels: got %q, want %q", got, want)
	}
	if want := 7 + 9*8 + 1; unlabelled != want { // 3e-9…9e-9, 8 per decade, 20
		t.Errorf("unlabelled ticks: got %d, want %d", unlabelled, want)
	}
	labels = nil
	for _, tk := range (PowerTicks{}).Ticks(0.22, 3.1) { // one power of ten in range
		if tk.Label != "" {
			labels = append(labels, tk.Label)
		}
	}
	if got, want := strings.Join(labels, " "), "0.5 1 2"; got != want {
		t.Errorf("labels of [0.22, 3.1]: got %q, want %q", got, want)
	}
	// Many decades: every third power labelled, the others marked.
	labels, unlabelled = nil, 0
	for _, tk := range (PowerTicks{}).Ticks(0.01, 1e18) {
		if tk.Label != "" {
			labels = append(labels, tk.Label)
		} else {
			unlabelled++
		}
	}
	if got, want := strings.Join(labels, " "), "1 1000 1e6 1e9 1e12 1e15 1e18"; got != want || unlabelled != 21-7 {
		t.Errorf("labels of [0.01, 1e18]: got %q and %d unlabelled, want %q and 14", got, unlabelled, want)
	}
	// Within one decade, no 1, 2 or 5 · 10ᵏ twice: NiceTicks' labels.
	labels = nil
	for _, tk := range (PowerTicks{}).Ticks(0.3, 0.45) {
		if tk.Label != "" {
			labels = append(labels, tk.Label)
		}
	}
	if got, want := strings.Join(labels, " "), "0.30 0.35 0.40 0.45"; got != want {
		t.Errorf("labels of [0.3, 0.45]: got %q, want %q", got, want)
	}
	for _, r := range [][2]float64{{0, 1}, {-1, 1}, {1, math.Inf(1)}, {math.NaN(), 1}} {
		if ts := (PowerTicks{}).Ticks(r[0], r[1]); ts != nil {
			t.Errorf("ticks of %v: got %v, want none", r, ts)
		}
	}
}
