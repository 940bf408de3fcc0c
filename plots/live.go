package plots

import (
	"encoding/base64"

	"github.com/janpfeifer/gonb/gonbui"
)

// Live is a figure that updates in place in a notebook cell while a
// network trains: each Update replaces the image shown, and Done replaces
// the transient image by the final figure as an ordinary output, so that
// the saved notebook keeps the final figure and no empty output.
//
// Outside a GoNB notebook Update does nothing (not even render), so that
// training code runs at full speed under `go test`; Done behaves as Show.
//
//	live := plots.NewLive()
//	for epoch := range epochs {
//		… train, append the loss …
//		if epoch%5 == 0 {
//			p, _ := plots.Training("Loss", "epoch", "loss", series...)
//			live.Update(p)
//		}
//	}
//	p, _ := plots.Training("Loss", "epoch", "loss", series...)
//	live.Done(p)
type Live struct {
	id string // the display id of the transient block, once shown
}

// NewLive returns a Live display with nothing shown yet.
func NewLive() *Live { return &Live{} }

// Update renders f as a PNG and shows it in place of the previous image.
// Render it every few steps or epochs: each update sends a whole image.
func (l *Live) Update(f Figure) error {
	if !gonbui.IsNotebook {
		return nil
	}
	img, err := PNG(f, 0, 0)
	if err != nil {
		return err
	}
	if l.id == "" {
		l.id = "plots-live-" + gonbui.UniqueId()
	}
	gonbui.UpdateHTML(l.id, imgHTML(img))
	return nil
}

// Done clears the transient image and shows f as the cell's lasting
// output, as Show does.
func (l *Live) Done(f Figure) error {
	img, err := PNG(f, 0, 0)
	if err != nil {
		return err
	}
	if !gonbui.IsNotebook {
		return nil
	}
	if l.id != "" {
		gonbui.UpdateHTML(l.id, "") // erase the transient block
		l.id = ""
	}
	gonbui.DisplayPNG(img)
	gonbui.Sync()
	return nil
}

// imgHTML returns an HTML image element holding the PNG img inline.
func imgHTML(img []byte) string {
	return `<img src="data:image/png;base64,` + base64.StdEncoding.EncodeToString(img) + `">`
}
