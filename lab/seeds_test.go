package lab

import (
	"errors"
	"math"
	"strings"
	"testing"
)

func TestSeedsOrderAndValues(t *testing.T) {
	got, err := Seeds(7, func(seed uint64) (uint64, error) { return seed * seed, nil })
	if err != nil {
		t.Fatal(err)
	}
	for i, v := range got {
		if want := uint64((i + 1) * (i + 1)); v != want {
			t.Errorf("result %d = %d, want %d (seed %d squared)", i, v, want, i+1)
		}
	}
}

func TestSeedsErrors(t *testing.T) {
	wantPanic(t, "Seeds(0)", func() { Seeds(0, func(uint64) (int, error) { return 0, nil }) }, "lab: ", "Seeds(0)")
	boom := errors.New("boom")
	_, err := Seeds(5, func(seed uint64) (int, error) {
		if seed == 3 || seed == 5 {
			return 0, boom
		}
		return 1, nil
	})
	if !errors.Is(err, boom) || !strings.Contains(err.Error(), "seed 3") {
		t.Errorf("Seeds with seeds 3 and 5 failing: got %v, want seed 3's error", err)
	}
}

func TestMedians(t *testing.T) {
	runs := [][]float64{{1, 10, 5}, {3, 20, 4}, {2, 0, 6}}
	got := Medians(runs)
	want := []float64{2, 10, 5}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("Medians = %v, want %v", got, want)
			break
		}
	}
	wantPanic(t, "Medians(nil)", func() { Medians(nil) }, "lab: ", "Medians of no runs")
	wantPanic(t, "Medians of runs of different lengths", func() { Medians([][]float64{{1, 2}, {1}}) }, "lab: ", "Medians: run 2 has 1 values, run 1 has 2")
	wantPanic(t, "Medians with a NaN", func() { Medians([][]float64{{1, math.NaN()}}) }, "lab: ", "Medians: run 1 is NaN at index 1")
}
