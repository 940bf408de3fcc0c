package plots

import (
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// legendRight moves p's legend out of the data area, to the right of it,
// so that it never hides a curve or a point. Call it after the last
// p.Legend.Add.
func legendRight(p *plot.Plot) { legendRightOf(p, 0) }

// legendRightOf is legendRight for plots whose glyphs stick out right of
// the data area by up to extra.
func legendRightOf(p *plot.Plot, extra vg.Length) {
	p.Legend.Top = true
	p.Legend.Left = false
	// A little air between entries: labels such as "ŷ = 0" carry accents
	// that reach into the entry above.
	p.Legend.Padding = vg.Points(2)
	w := p.Legend.Rectangle(draw.Canvas{}).Size().X
	p.Add(legendSpace{width: w + extra + vg.Points(8)})
}

// legendSpace is a plotter that draws nothing and asks, through its glyph
// box, for an empty band of the given width right of the data area.
type legendSpace struct{ width vg.Length }

// Plot draws nothing.
func (legendSpace) Plot(draw.Canvas, *plot.Plot) {}

// GlyphBoxes returns one box at the right edge of the data area.
func (s legendSpace) GlyphBoxes(*plot.Plot) []plot.GlyphBox {
	return []plot.GlyphBox{{X: 1, Y: 1, Rectangle: vg.Rectangle{Max: vg.Point{X: s.width}}}}
}
