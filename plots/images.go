package plots

import (
	"fmt"
	"image"
	"image/color"
	"math"

	"gomlp.dev/internal/validate"
	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

const (
	// maxImages is the most images a grid draws: beyond it they become too
	// small to see at Width × Height.
	maxImages = 100
	// pixelScale is how many times each image pixel is repeated before
	// drawing, so that pixels stay sharp squares when scaled.
	pixelScale  = 4
	captionSize = vg.Length(9)
)

// Digits draws the images, one per row of X (N×784: 28×28 pixels in
// reading order, 0 = white to 1 = black, values clamped to [0, 1]; any
// square size works), in a grid of cols columns, each captioned with its
// label y and, if predicted is not nil, the predicted ŷ, in vermillion when
// ŷ ≠ y. labels may be nil for no captions.
//
// It panics if X is nil or empty, has more than 100 rows, its rows are not
// square images, a pixel is not finite, labels or predicted do not have one
// entry per row, or cols < 1.
func Digits(title string, X mat.Matrix, labels, predicted []int, cols int) *plot.Plot {
	const fn = "Digits"
	n, side := checkImages(fn, "X", X, cols)
	if labels != nil && len(labels) != n {
		fail(fn, nil, "%d labels for %d images", len(labels), n)
	}
	if predicted != nil && len(predicted) != n {
		fail(fn, nil, "%d predictions for %d images", len(predicted), n)
	}
	if predicted != nil && labels == nil {
		fail(fn, nil, "predictions without labels to compare them with")
	}
	g := &imageGrid{cols: cols}
	for i := range n {
		g.images = append(g.images, rowImage(X, i, side, func(v float64) color.Color {
			return color.Gray{Y: uint8(255 - 255*min(max(v, 0), 1) + 0.5)}
		}))
		switch {
		case predicted != nil:
			col := color.Color(color.Black)
			if predicted[i] != labels[i] {
				col = Palette[1]
			}
			g.captions = append(g.captions, caption{fmt.Sprintf("y=%d ŷ=%d", labels[i], predicted[i]), col})
		case labels != nil:
			g.captions = append(g.captions, caption{fmt.Sprintf("y=%d", labels[i]), color.Black})
		}
	}
	return g.plot(title)
}

// WeightImages draws each row of W (n_l × n_{l-1}, n_{l-1} a square such
// as 784 = 28×28) as an image: what hidden unit i responds to in the input.
// Positive weights are blue, negative vermillion, zero white, each unit
// scaled by its own largest |w| (a colour bar right of the images shows the
// scale); units are captioned "unit 1" … "unit n_l".
//
// It panics if W is nil or empty, has more than 100 rows, its rows are not
// square images, a weight is not finite, or cols < 1.
func WeightImages(title string, W mat.Matrix, cols int) *plot.Plot {
	n, side := checkImages("WeightImages", "W", W, cols)
	white := color.RGBA{255, 255, 255, 255}
	pos, neg := pale(Palette[0], 1), pale(Palette[1], 1)
	g := &imageGrid{cols: cols}
	for i := range n {
		scale := 0.0
		for j := range side * side {
			scale = math.Max(scale, math.Abs(W.At(i, j)))
		}
		g.images = append(g.images, rowImage(W, i, side, func(v float64) color.Color {
			if scale == 0 {
				return white
			}
			if v >= 0 {
				return mix(white, pos, v/scale)
			}
			return mix(white, neg, -v/scale)
		}))
		g.captions = append(g.captions, caption{fmt.Sprintf(words().Unit, i+1), color.Black})
	}
	p := g.plot(title)
	p.Add(&colorBar{lo: -1, hi: 1, label: words().UnitScale, color: func(v float64) color.Color {
		if v >= 0 {
			return mix(white, pos, v)
		}
		return mix(white, neg, -v)
	}})
	return p
}

// checkImages panics, naming fn, unless X holds 1 … maxImages finite
// square images, and returns their number and side.
func checkImages(fn, name string, X mat.Matrix, cols int) (n, side int) {
	if validate.Nil(X) {
		fail(fn, nil, "no images (%s is nil)", name)
	}
	n, d := X.Dims()
	if n == 0 || d == 0 {
		fail(fn, nil, "no images (%s is %s)", name, validate.Dims(n, d))
	}
	if n > maxImages {
		fail(fn, ErrLimit, "%d images, at most %d fit in a figure", n, maxImages)
	}
	side = int(math.Round(math.Sqrt(float64(d))))
	if side*side != d {
		fail(fn, nil, "rows of %d values are not square images", d)
	}
	if cols < 1 {
		fail(fn, nil, "%d columns, want at least 1", cols)
	}
	if i, j, found := validate.MatrixNonFinite(X); found {
		fail(fn, ErrNonFinite, "image %d, pixel %d is %v, not finite", i, j, X.At(i, j))
	}
	return n, side
}

// rowImage makes row i of X a side×side image, each value coloured by
// colour and repeated pixelScale times in each direction.
func rowImage(X mat.Matrix, i, side int, colour func(float64) color.Color) image.Image {
	img := image.NewRGBA(image.Rect(0, 0, side*pixelScale, side*pixelScale))
	for r := range side {
		for c := range side {
			col := colour(X.At(i, r*side+c))
			for dy := range pixelScale {
				for dx := range pixelScale {
					img.Set(c*pixelScale+dx, r*pixelScale+dy, col)
				}
			}
		}
	}
	return img
}

// caption is the text under an image.
type caption struct {
	text  string
	color color.Color
}

// imageGrid is a plotter drawing images in a grid of cols columns, row by
// row, each with an optional caption under it.
type imageGrid struct {
	images   []image.Image
	captions []caption
	cols     int
}

// plot returns a plot holding only g.
func (g *imageGrid) plot(title string) *plot.Plot {
	p := newPlot(title, "", "")
	p.HideAxes()
	p.X.Min, p.X.Max, p.Y.Min, p.Y.Max = 0, 1, 0, 1
	p.X.Padding, p.Y.Padding = 0, 0
	p.Add(g)
	return p
}

// Plot draws the images as large as the cells allow, centred in them.
func (g *imageGrid) Plot(c draw.Canvas, _ *plot.Plot) {
	cols := min(g.cols, len(g.images))
	rows := (len(g.images) + cols - 1) / cols
	size := c.Size()
	cellW, cellH := size.X/vg.Length(cols), size.Y/vg.Length(rows)
	capH := vg.Length(0)
	if len(g.captions) > 0 {
		capH = captionSize + 3
	}
	side := min(cellW, cellH-capH) * 0.92 // a gap between images
	for k, img := range g.images {
		r, col := k/cols, k%cols
		cx := c.Min.X + (vg.Length(col)+0.5)*cellW
		top := c.Max.Y - vg.Length(r)*cellH - (cellH-side-capH)/2
		rect := vg.Rectangle{
			Min: vg.Point{X: cx - side/2, Y: top - side},
			Max: vg.Point{X: cx + side/2, Y: top},
		}
		c.DrawImage(rect, img)
		c.SetLineStyle(draw.LineStyle{Color: color.Gray{Y: 160}, Width: 0.5})
		c.Stroke(rect.Path())
		if len(g.captions) > 0 {
			t := g.captions[k]
			c.FillText(textStyle(captionSize, t.color), vg.Point{X: cx, Y: top - side - capH/2}, t.text)
		}
	}
}
