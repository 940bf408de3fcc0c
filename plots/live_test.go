package plots_test

import (
	"bytes"
	"math"
	"testing"

	"gomlp.dev/plots"
	"gonum.org/v1/plot"
)

// TestLiveOutsideNotebook checks that a Live display works under go test:
// updates do nothing, Done renders the final figure and panics on a nil one.
func TestLiveOutsideNotebook(t *testing.T) {
	live := plots.NewLive()
	var loss []float64
	for e := range 5 {
		loss = append(loss, math.Exp(-float64(e)))
		p := plots.Training("Loss", "epoch", "loss", plots.Series{Name: "train", Y: loss})
		live.Update(p)
	}
	p := plots.Training("Loss", "epoch", "loss", plots.Series{Name: "train", Y: loss})
	live.Done(p)
	var nilPlot *plot.Plot
	wantPanic(t, "Live.Done: nil figure", func() { live.Done(nilPlot) })
}

// TestShowOutsideNotebook checks that Show and ShowSVG render without a
// kernel and panic on a nil figure.
func TestShowOutsideNotebook(t *testing.T) {
	p := plots.Functions("tanh", -2, 2, plots.Curve{Name: "tanh", F: math.Tanh})
	plots.Show(p)
	plots.ShowSVG(p)
	var nilPanel *plots.Panel
	for _, f := range []plots.Figure{nil, nilPanel} {
		wantPanic(t, "Show: nil figure", func() { plots.Show(f) })
		wantPanic(t, "ShowSVG: nil figure", func() { plots.ShowSVG(f) })
		wantPanic(t, "ShowEqualAxes: nil figure", func() { plots.ShowEqualAxes(f) })
	}
}

// TestSVG checks that SVG output is an SVG document and deterministic.
func TestSVG(t *testing.T) {
	p := plots.Functions("tanh", -2, 2, plots.Curve{Name: "tanh", F: math.Tanh})
	a := plots.SVG(p, 0, 0)
	b := plots.SVG(p, 0, 0)
	if !bytes.Contains(a, []byte("<svg")) || !bytes.Equal(a, b) {
		t.Errorf("got %d and %d bytes, want two equal SVG documents", len(a), len(b))
	}
}
