package plots

import (
	"image/color"
	"math"

	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// circle draws a white node with a black ring.
func circle(c *draw.Canvas, pt vg.Point, r vg.Length) {
	c.DrawGlyphNoClip(draw.GlyphStyle{Color: color.White, Shape: draw.CircleGlyph{}, Radius: r}, pt)
	c.DrawGlyphNoClip(draw.GlyphStyle{Color: color.Black, Shape: draw.RingGlyph{}, Radius: r}, pt)
}

// fitText writes txt centred on pt, in a smaller font if it would be wider
// than width.
func fitText(c *draw.Canvas, pt vg.Point, txt string, width vg.Length) {
	sty := textStyle(labelSize, color.Black)
	if w := sty.Width(txt); w > width {
		sty = textStyle(max(labelSize*width/w, 5), color.Black)
	}
	c.FillText(sty, pt, txt)
}

// boxedText writes txt centred on pt over a white box, so that it stays
// legible on top of edges.
func boxedText(c *draw.Canvas, sty draw.TextStyle, pt vg.Point, txt string) {
	w, h := sty.Width(txt)/2+1.5, sty.Height(txt)/2
	c.FillPolygon(color.White, []vg.Point{
		{X: pt.X - w, Y: pt.Y - h}, {X: pt.X + w, Y: pt.Y - h},
		{X: pt.X + w, Y: pt.Y + h}, {X: pt.X - w, Y: pt.Y + h},
	})
	c.FillText(sty, pt, txt)
}

// arrowRight draws a black arrow of length n from (x, y) to the right.
func arrowRight(c *draw.Canvas, x, y, n vg.Length) {
	sty := draw.LineStyle{Color: color.Black, Width: 1}
	c.StrokeLine2(sty, x, y, x+n, y)
	for _, s := range []vg.Length{-1, 1} {
		c.StrokeLine2(sty, x+n, y, x+n-5, y+s*3)
	}
}

// softmaxBox draws the softmax of a layer whose Σ nodes are at x and ys: a
// box phiGap to their right, joined to every Σ node, named vertically.
func softmaxBox(c *draw.Canvas, x vg.Length, ys []vg.Length, r vg.Length) {
	sty := draw.LineStyle{Color: color.Black, Width: 1}
	bx := x + phiGap
	for _, y := range ys {
		c.StrokeLine2(sty, x, y, bx-softmaxWidth/2, y)
	}
	top, bottom := ys[0]+r, ys[len(ys)-1]-r
	left, right := bx-softmaxWidth/2, bx+softmaxWidth/2
	box := []vg.Point{{X: left, Y: bottom}, {X: right, Y: bottom}, {X: right, Y: top}, {X: left, Y: top}}
	c.FillPolygon(pale(Palette[5], 0.25), box)
	c.StrokeLines(sty, append(box, box[0]))
	txt := textStyle(labelSize, color.Black)
	txt.Rotation = math.Pi / 2
	c.FillText(txt, vg.Point{X: bx, Y: (top + bottom) / 2}, "softmax")
}
