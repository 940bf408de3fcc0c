package plots

import (
	"bytes"
	"fmt"

	"github.com/janpfeifer/gonb/gonbui"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
)

// PNG renders p as a PNG image of the given size (Width × Height when both
// are zero).
func PNG(p *plot.Plot, w, h vg.Length) ([]byte, error) {
	if p == nil {
		return nil, fmt.Errorf("plots: PNG of a nil plot")
	}
	if w == 0 && h == 0 {
		w, h = Width, Height
	}
	wt, err := p.WriterTo(w, h, "png")
	if err != nil {
		return nil, fmt.Errorf("plots: rendering png: %w", err)
	}
	var buf bytes.Buffer
	if _, err := wt.WriteTo(&buf); err != nil {
		return nil, fmt.Errorf("plots: rendering png: %w", err)
	}
	return buf.Bytes(), nil
}

// Show displays p inline in the notebook as a PNG of Width × Height, and
// waits until the notebook has received it. Outside a GoNB notebook it only
// checks that p renders.
func Show(p *plot.Plot) error {
	img, err := PNG(p, 0, 0)
	if err != nil {
		return err
	}
	if gonbui.IsNotebook {
		gonbui.DisplayPNG(img)
		gonbui.Sync()
	}
	return nil
}
