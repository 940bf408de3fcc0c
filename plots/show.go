package plots

import (
	"bytes"
	"errors"
	"reflect"

	"github.com/janpfeifer/gonb/gonbui"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
	"gonum.org/v1/plot/vg/vgsvg"
)

// Figure is anything that draws itself on a canvas: a *plot.Plot or a
// *Panel.
type Figure interface {
	Draw(c draw.Canvas)
}

// sizer is a Figure with its own natural size (a Panel).
type sizer interface {
	Size() (w, h vg.Length)
}

const (
	// dpi is the resolution of the PNG images: CSS pixels.
	dpi = 96
	// margin is the blank border around every figure, so that no title or
	// legend touches the edge of the image.
	margin = vg.Length(6)
)

// drawIn draws f on c inside the margin (a *plot.Plot as drawPlot does).
func drawIn(f Figure, c vg.CanvasSizer) {
	dc := draw.Crop(draw.New(c), margin, -margin, margin, -margin)
	if p, ok := f.(*plot.Plot); ok {
		drawPlot(p, dc)
		return
	}
	f.Draw(dc)
}

// size returns the size to draw f at: w × h if given, else f's own size,
// else Width × Height.
func size(f Figure, w, h vg.Length) (vg.Length, vg.Length) {
	if w != 0 || h != 0 {
		return w, h
	}
	if s, ok := f.(sizer); ok {
		return s.Size()
	}
	return Width, Height
}

// checkFigure reports a nil figure (a nil interface or a nil pointer).
func checkFigure(f Figure) error {
	if f == nil {
		return errors.New("plots: nil figure")
	}
	if v := reflect.ValueOf(f); v.Kind() == reflect.Pointer && v.IsNil() {
		return errors.New("plots: nil figure")
	}
	return nil
}

// PNG renders f as a PNG image of w × h (f's own size, or Width × Height,
// when both are zero) at 96 dpi. It is an error if the size is NaN, below
// MinSide or beyond MaxSide, a Panel is empty, or an axis runs beyond ±MaxValue (or,
// on a log scale, below MinLogValue).
func PNG(f Figure, w, h vg.Length) ([]byte, error) {
	if err := checkFigure(f); err != nil {
		return nil, err
	}
	w, h = size(f, w, h)
	if err := checkRender(f, w, h); err != nil {
		return nil, err
	}
	c := vgimg.PngCanvas{Canvas: vgimg.NewWith(vgimg.UseWH(w, h), vgimg.UseDPI(dpi))}
	drawIn(f, c)
	var buf bytes.Buffer
	if _, err := c.WriteTo(&buf); err != nil {
		return nil, errorf("rendering png: %w", err)
	}
	return buf.Bytes(), nil
}

// SVG renders f as an SVG image of w × h (f's own size, or Width × Height,
// when both are zero). Errors as PNG.
func SVG(f Figure, w, h vg.Length) ([]byte, error) {
	if err := checkFigure(f); err != nil {
		return nil, err
	}
	w, h = size(f, w, h)
	if err := checkRender(f, w, h); err != nil {
		return nil, err
	}
	c := vgsvg.New(w, h)
	drawIn(f, c)
	var buf bytes.Buffer
	if _, err := c.WriteTo(&buf); err != nil {
		return nil, errorf("rendering svg: %w", err)
	}
	return buf.Bytes(), nil
}

// Show displays f inline in the notebook as a PNG (at f's own size, or
// Width × Height), and waits until the notebook has received it. Outside a
// GoNB notebook it only checks that f renders.
func Show(f Figure) error {
	return ShowSize(f, 0, 0)
}

// ShowSize is Show at the size w × h.
func ShowSize(f Figure, w, h vg.Length) error {
	img, err := PNG(f, w, h)
	if err != nil {
		return err
	}
	if gonbui.IsNotebook {
		gonbui.DisplayPNG(img)
		gonbui.Sync()
	}
	return nil
}

// ShowSVG is Show with an SVG image instead of a PNG: sharp at any zoom,
// but larger in the saved notebook.
func ShowSVG(f Figure) error {
	img, err := SVG(f, 0, 0)
	if err != nil {
		return err
	}
	if gonbui.IsNotebook {
		gonbui.DisplaySVG(string(img))
		gonbui.Sync()
	}
	return nil
}
