package mlp

import "gonum.org/v1/gonum/mat"

// batches hands Train its mini-batches: every epoch a fresh shuffle of the
// N examples (a Shuffler, seeded), cut into ⌈N/B⌉ batches of B rows, the last maybe
// smaller. With B = N the batch is the data themselves, in order.
//
// Otherwise the rows of each batch are copied out of X and Y by a goroutine
// that works ahead of Train while Train computes: the copy reads every
// example from main memory (an MNIST epoch: 376 MB), a tenth of the epoch's
// time, which the second CPU can take. It copies groups of about groupRows
// rows (51 batches of 10 examples) into one of two buffers, so that the two
// goroutines meet once per group rather than at every step. The batches,
// and so the trained weights, are exactly those of an in-line copy.
type batches struct {
	x, y  *mat.Dense    // the data, used directly when B = N
	ready chan *group   // filled groups, in training order
	free  chan *group   // groups Train has used up, to refill
	quit  chan struct{} // closed by stop
	cur   *group        // the group in use
	k     int           // the index of its next batch
}

// groupRows is about the number of rows that batches copies at a time.
const groupRows = 512

// group holds n consecutive batches of one epoch: batch k is x[k], y[k],
// views of rows of bufX and bufY.
type group struct {
	n          int
	x, y       []*mat.Dense
	bufX, bufY *mat.Dense
}

// newBatches starts handing out the batches of d, B examples each, for the
// given number of epochs, shuffled by a generator seeded with seed.
func newBatches(d *Dataset, B, epochs int, seed uint64) *batches {
	N, nx := d.X.Dims()
	_, ny := d.Y.Dims()
	if B == N {
		return &batches{x: d.X, y: d.Y}
	}
	size := max(1, groupRows/B) // batches per group
	buffers := 2
	if B*(nx+ny) > 1<<22 {
		buffers = 1 // a batch over 32 MB: no second copy in memory
	}
	bs := &batches{ready: make(chan *group, buffers), free: make(chan *group, buffers), quit: make(chan struct{})}
	for range buffers {
		bs.free <- &group{
			x: make([]*mat.Dense, size), y: make([]*mat.Dense, size),
			bufX: mat.NewDense(size*B, nx, nil), bufY: mat.NewDense(size*B, ny, nil),
		}
	}
	go bs.fill(d, B, size, epochs, seed)
	return bs
}

// fill shuffles the examples every epoch and copies the rows of each batch
// into a free group, until the last epoch or stop.
func (bs *batches) fill(d *Dataset, B, size, epochs int, seed uint64) {
	N, nx := d.X.Dims()
	_, ny := d.Y.Dims()
	sh, _ := NewShuffler(N, seed) // cannot fail: Train has checked N ≥ 1
	for range epochs {
		perm := sh.next()
		for start := 0; start < N; {
			var g *group
			select {
			case g = <-bs.free:
			case <-bs.quit:
				return
			}
			for g.n = 0; g.n < size && start < N; g.n++ {
				idx := perm[start:min(start+B, N)]
				if v := g.x[g.n]; v == nil || v.RawMatrix().Rows != len(idx) { // views of the rows of batch g.n
					first := g.n * B
					g.x[g.n] = g.bufX.Slice(first, first+len(idx), 0, nx).(*mat.Dense)
					g.y[g.n] = g.bufY.Slice(first, first+len(idx), 0, ny).(*mat.Dense)
				}
				for r, i := range idx {
					copy(g.x[g.n].RawRowView(r), d.X.RawRowView(i))
					copy(g.y[g.n].RawRowView(r), d.Y.RawRowView(i))
				}
				start += len(idx)
			}
			bs.ready <- g // never blocks: there are only cap(ready) groups
		}
	}
}

// next returns the X and Y of the next batch. They stay valid until the
// following call.
func (bs *batches) next() (x, y *mat.Dense) {
	if bs.x != nil {
		return bs.x, bs.y
	}
	if bs.cur == nil || bs.k == bs.cur.n {
		if bs.cur != nil {
			bs.free <- bs.cur
		}
		bs.cur, bs.k = <-bs.ready, 0
	}
	x, y = bs.cur.x[bs.k], bs.cur.y[bs.k]
	bs.k++
	return x, y
}

// stop ends the copying goroutine (Train defers it: it may return early).
func (bs *batches) stop() {
	if bs.quit != nil {
		close(bs.quit)
	}
}
