package plots

import (
	"math"
	"runtime"
	"sync"
	"weak"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg/draw"
)

// Markers are drawn last. gonum draws a plot's plotters in the order they
// were added, so a line added after the points (AddLine, AddCircle,
// AddContours on a figure of this package) would hide the points it
// crosses. Each plot made here keeps its markers (data points, path ends,
// held-out points, a marked minimum) in a markerLayer; adding an overlay or
// more markers hides that layer and adds a new one, on top, drawing all of
// them.

// markerLayer is a plotter drawing a plot's markers, unless a layer added
// later draws them instead.
type markerLayer struct {
	markers []plot.Plotter
	fresh   []plot.Plotter // added with this layer: the data range it adds
	hidden  bool
}

// layers maps each plot (weakly: it does not keep the plot alive) to its
// top markerLayer.
var layers sync.Map // weak.Pointer[plot.Plot] → *markerLayer

// onTop adds the markers to p's markers and draws them all above
// everything added to p so far.
func onTop(p *plot.Plot, markers ...plot.Plotter) {
	key := weak.Make(p)
	top := &markerLayer{fresh: markers}
	if v, ok := layers.Load(key); ok {
		old := v.(*markerLayer)
		old.hidden = true
		top.markers = append(top.markers, old.markers...)
	} else {
		runtime.AddCleanup(p, func(k weak.Pointer[plot.Plot]) { layers.Delete(k) }, key)
	}
	top.markers = append(top.markers, markers...)
	layers.Store(key, top)
	p.Add(top)
}

// raise draws p's markers above everything added to p so far (an overlay
// just added).
func raise(p *plot.Plot) {
	if _, ok := layers.Load(weak.Make(p)); ok {
		onTop(p)
	}
}

// Plot draws the markers, unless a later layer does.
func (l *markerLayer) Plot(c draw.Canvas, plt *plot.Plot) {
	if l.hidden {
		return
	}
	for _, m := range l.markers {
		m.Plot(c, plt)
	}
}

// DataRange returns the range of the markers added with this layer (an
// empty range for a layer that only raises markers already there).
func (l *markerLayer) DataRange() (xmin, xmax, ymin, ymax float64) {
	xmin, ymin = math.Inf(1), math.Inf(1)
	xmax, ymax = math.Inf(-1), math.Inf(-1)
	for _, m := range l.fresh {
		if d, ok := m.(plot.DataRanger); ok {
			x0, x1, y0, y1 := d.DataRange()
			xmin, xmax = math.Min(xmin, x0), math.Max(xmax, x1)
			ymin, ymax = math.Min(ymin, y0), math.Max(ymax, y1)
		}
	}
	return xmin, xmax, ymin, ymax
}

// GlyphBoxes returns the markers' glyph boxes, for the top layer only.
func (l *markerLayer) GlyphBoxes(plt *plot.Plot) []plot.GlyphBox {
	if l.hidden {
		return nil
	}
	var boxes []plot.GlyphBox
	for _, m := range l.markers {
		if g, ok := m.(plot.GlyphBoxer); ok {
			boxes = append(boxes, g.GlyphBoxes(plt)...)
		}
	}
	return boxes
}
