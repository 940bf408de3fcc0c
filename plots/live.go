package plots

import (
	"github.com/janpfeifer/gonb/gonbui"
	"github.com/janpfeifer/gonb/gonbui/protocol"
)

// Live is a figure that updates in place in a notebook cell while a
// network trains: each Update replaces the image shown (a display block
// with an id, as gonbui.UpdateHTML uses), and Done puts the final figure in
// that block, so that the saved notebook keeps the final figure as a PNG
// and no empty output.
//
// Outside a GoNB notebook Update does nothing (not even render), so that
// training code runs at full speed under `go test`; Done behaves as Show.
//
//	live := plots.NewLive()
//	for epoch := range epochs {
//		… train, append the loss …
//		if epoch%5 == 0 {
//			live.Update(plots.Training("Loss", "epoch", "loss", series...))
//		}
//	}
//	live.Done(plots.Training("Loss", "epoch", "loss", series...))
type Live struct {
	id string // the display id of the transient block, once shown
}

// NewLive returns a Live display with nothing shown yet.
func NewLive() *Live { return &Live{} }

// Update renders f as a PNG and shows it in place of the previous image.
// Render it every few steps or epochs: each update sends a whole image. In
// a notebook it panics as Show does for a figure that cannot be drawn.
func (l *Live) Update(f Figure) {
	if !gonbui.IsNotebook {
		return
	}
	img := renderPNG("Live.Update", f, 0, 0)
	if l.id == "" {
		l.id = "plots-live-" + gonbui.UniqueId()
	}
	l.send(img)
}

// Done shows f as the cell's lasting output, in place of the last update
// (or as Show does if there was none), and waits until the notebook has
// received it. It panics as Show does.
func (l *Live) Done(f Figure) {
	img := renderPNG("Live.Done", f, 0, 0)
	if !gonbui.IsNotebook {
		return
	}
	if l.id == "" {
		gonbui.DisplayPNG(img)
	} else {
		l.send(img)
		l.id = ""
	}
	gonbui.Sync()
}

// send replaces the contents of the display block l.id by the PNG img.
// The block keeps one image/png output: the notebook saves the last image
// sent, and no empty output is left behind (as clearing an HTML block with
// gonbui.UpdateHTML(id, "") would leave).
func (l *Live) send(img []byte) {
	gonbui.SendData(&protocol.DisplayData{
		Data:      map[protocol.MIMEType]any{protocol.MIMEImagePNG: img},
		DisplayID: l.id,
	})
}
