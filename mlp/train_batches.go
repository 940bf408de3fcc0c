package mlp

import "gonum.org/v1/gonum/mat"

// batches hands Train its mini-batches: every epoch a fresh shuffle of the
// N examples (a Shuffler, seeded), cut into ⌈N/B⌉ batches of B rows, the last maybe
// smaller. With B = N the batch is the data themselves, in order.
//
// Otherwise the rows of each batch are gathered by a goroutine that works
// ahead of Train while Train computes: the gathering reads every example
// from main memory (an MNIST epoch: 376 MB), which the second CPU can take.
// With at least sparseInputs inputs (MNIST's 784 pixels) a batch's inputs
// are kept by their non-zero elements (a sparseBatch, for the first layer's
// products); with fewer (the 2-D sets) the rows are copied as they are,
// which costs less per step. It fills groups of about groupRows rows (51
// batches of 10 examples), in one of two buffers, so that the two goroutines
// meet once per group rather than at every step. The batches, and so the
// trained weights, are exactly those of an in-line copy.
type batches struct {
	whole *batch        // the data themselves, when B = N
	ready chan *group   // filled groups, in training order
	free  chan *group   // groups Train has used up, to refill
	quit  chan struct{} // closed by stop
	cur   *group        // the group in use
	k     int           // the index of its next batch
}

// batch is one mini-batch: its inputs, as a dense matrix x or by their
// non-zero elements sx (the other is nil), and its targets y.
type batch struct {
	x  *mat.Dense
	sx *sparseBatch
	y  *mat.Dense
}

// groupRows is about the number of rows that batches gathers at a time.
const groupRows = 512

// sparseInputs is the least number of inputs n_0 for which batches gathers
// the non-zero inputs. On [2, 64, 64, 2] (2 inputs, notebook 09's timing)
// the sparse path made an epoch of B = 1 about 20 % slower, for nothing to
// skip.
const sparseInputs = 64

// group holds n consecutive batches of one epoch; the inputs (if dense) and
// targets of batch k are views of rows of bufX and bufY.
type group struct {
	n          int
	b          []batch
	bufX, bufY *mat.Dense
}

// newBatches starts handing out the batches of d, B examples each, for the
// given number of epochs, shuffled by a generator seeded with seed.
func newBatches(d *Dataset, B, epochs int, seed uint64) *batches {
	N, nx := d.X.Dims()
	_, ny := d.Y.Dims()
	if B == N {
		return &batches{whole: &batch{x: d.X, y: d.Y}}
	}
	size := max(1, groupRows/B) // batches per group
	buffers := 2
	if B*(nx+ny) > 1<<22 {
		buffers = 1 // a batch of over 32 MB: no second one in memory
	}
	bs := &batches{ready: make(chan *group, buffers), free: make(chan *group, buffers), quit: make(chan struct{})}
	for range buffers {
		g := &group{b: make([]batch, size), bufY: mat.NewDense(size*B, ny, nil)}
		if nx >= sparseInputs {
			for k := range g.b {
				g.b[k].sx = &sparseBatch{}
			}
		} else {
			g.bufX = mat.NewDense(size*B, nx, nil)
		}
		bs.free <- g
	}
	go bs.fill(d, B, size, epochs, seed)
	return bs
}

// fill shuffles the examples every epoch and copies the rows of each batch
// into a free group, until the last epoch or stop.
func (bs *batches) fill(d *Dataset, B, size, epochs int, seed uint64) {
	N, nx := d.X.Dims()
	_, ny := d.Y.Dims()
	sh := NewShuffler(N, seed) // Train has checked N ≥ 1
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
				b := &g.b[g.n]
				if b.y == nil || b.y.RawMatrix().Rows != len(idx) { // views of rows of bufX and bufY
					first := g.n * B
					b.y = g.bufY.Slice(first, first+len(idx), 0, ny).(*mat.Dense)
					if g.bufX != nil {
						b.x = g.bufX.Slice(first, first+len(idx), 0, nx).(*mat.Dense)
					}
				}
				if b.sx != nil {
					b.sx.gather(d.X, idx)
				}
				for r, i := range idx {
					if b.x != nil {
						copy(b.x.RawRowView(r), d.X.RawRowView(i))
					}
					copy(b.y.RawRowView(r), d.Y.RawRowView(i))
				}
				start += len(idx)
			}
			bs.ready <- g // never blocks: there are only cap(ready) groups
		}
	}
}

// next returns the next batch. It stays valid until the following call.
func (bs *batches) next() *batch {
	if bs.whole != nil {
		return bs.whole
	}
	if bs.cur == nil || bs.k == bs.cur.n {
		if bs.cur != nil {
			bs.free <- bs.cur
		}
		bs.cur, bs.k = <-bs.ready, 0
	}
	b := &bs.cur.b[bs.k]
	bs.k++
	return b
}

// stop ends the copying goroutine (Train defers it: it may return early).
func (bs *batches) stop() {
	if bs.quit != nil {
		close(bs.quit)
	}
}
