package plots

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/janpfeifer/gonb/gonbui"
	"gomlp.dev/internal/atomicfile"
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

// PNG renders f as a PNG image of w × h (f's own size, or Width × Height,
// when both are zero) at 96 dpi. It panics if f is nil, the size is NaN,
// below MinSide or beyond MaxSide, a Panel is empty, or an axis runs beyond
// ±MaxValue (or, on a log scale, below MinLogValue).
func PNG(f Figure, w, h vg.Length) []byte {
	return renderPNG("PNG", f, w, h)
}

// renderPNG is PNG, its panics naming fn.
func renderPNG(fn string, f Figure, w, h vg.Length) []byte {
	checkFigure(fn, f)
	w, h = size(f, w, h)
	checkRender(fn, f, w, h)
	c := vgimg.PngCanvas{Canvas: vgimg.NewWith(vgimg.UseWH(w, h), vgimg.UseDPI(dpi))}
	drawIn(f, c)
	var buf bytes.Buffer
	_, err := c.WriteTo(&buf) // into memory: an error is a bug
	bug(err)
	return buf.Bytes()
}

// SVG renders f as an SVG image of w × h (f's own size, or Width × Height,
// when both are zero). It panics as PNG does.
func SVG(f Figure, w, h vg.Length) []byte {
	return renderSVG("SVG", f, w, h)
}

// renderSVG is SVG, its panics naming fn.
func renderSVG(fn string, f Figure, w, h vg.Length) []byte {
	checkFigure(fn, f)
	w, h = size(f, w, h)
	checkRender(fn, f, w, h)
	c := vgsvg.New(w, h)
	drawIn(f, c)
	var buf bytes.Buffer
	_, err := c.WriteTo(&buf)
	bug(err)
	return buf.Bytes()
}

// Show displays f inline in the notebook as a PNG (at f's own size, or
// Width × Height), and waits until the notebook has received it. Outside a
// GoNB notebook it only renders f. It panics as PNG does.
func Show(f Figure) {
	show("Show", f, 0, 0)
}

// ShowSize is Show at the size w × h.
func ShowSize(f Figure, w, h vg.Length) {
	show("ShowSize", f, w, h)
}

// show renders f at w × h and displays it, its panics naming fn.
func show(fn string, f Figure, w, h vg.Length) {
	img := renderPNG(fn, f, w, h)
	if gonbui.IsNotebook {
		gonbui.DisplayPNG(img)
		gonbui.Sync()
	}
}

// ShowSVG is Show with an SVG image instead of a PNG: sharp at any zoom,
// but larger in the saved notebook.
func ShowSVG(f Figure) {
	img := renderSVG("ShowSVG", f, 0, 0)
	if gonbui.IsNotebook {
		gonbui.DisplaySVG(string(img))
		gonbui.Sync()
	}
}

// Save writes f to the file path as an image at f's own size: an SVG if
// the name ends in ".svg", else a PNG. The file is written whole or not at
// all (a temporary file renamed). It panics as PNG does for a figure that
// cannot be drawn, and returns the error of writing the file.
func Save(f Figure, path string) error {
	var img []byte
	if strings.EqualFold(filepath.Ext(path), ".svg") {
		img = renderSVG("Save", f, 0, 0)
	} else {
		img = renderPNG("Save", f, 0, 0)
	}
	if err := atomicfile.WriteFile(path, img, 0o644); err != nil {
		return fmt.Errorf("plots: Save: %w", err)
	}
	return nil
}
