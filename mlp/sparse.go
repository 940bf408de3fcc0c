package mlp

import (
	"math"
	"slices"

	"gonum.org/v1/gonum/floats"
	"gonum.org/v1/gonum/mat"
)

// sparseBatch holds a mini-batch of inputs (B rows of X) by their non-zero
// elements only, twice: by row and by input. MNIST's pixels are about 81 %
// zeros, so a batch of 10 images is about 1500 numbers instead of 7840.
//
//   - By row, for the forward product Z{1} = X·W{1}ᵀ: row r is the elements
//     val[e] in columns col[e], for rowStart[r] ≤ e < rowStart[r+1], in
//     column order.
//   - By input, for the weight gradient (∂L/∂W{1})ᵀ = (1/B) Xᵀ Δ{1}: input
//     p = in[k] (ascending) is non-zero in the rows inRow[e] (ascending),
//     with values inVal[e], for inStart[k] ≤ e < inStart[k+1]. Inputs that
//     are zero in every row of the batch are not listed: their rows of the
//     gradient are 0.
//
// The first layer's products then cost one vector operation per non-zero
// input, with no pass over the zeros. They add the same terms in the same
// order as gonum's Gemm, which also skips a zero element of X
// (dgemmSerialNotNot, dgemmSerialTransNot), so every result is the same
// number, bit for bit.
type sparseBatch struct {
	rowStart []int
	col      []int32
	val      []float64

	in      []int32
	inStart []int
	inRow   []int32
	inVal   []float64
	count   []int // per input: its number of elements, then where the next goes

	buf []float64 // one row of X
}

// gather sets b to the rows idx of X (n_0 columns). Each row is first
// copied into a buffer (copy reads main memory at full speed) and read
// there.
func (b *sparseBatch) gather(X *mat.Dense, idx []int) {
	b.rowStart = append(b.rowStart[:0], 0)
	b.col, b.val = b.col[:0], b.val[:0]
	_, c := X.Dims()
	b.buf = resize(b.buf, c)
	for _, i := range idx {
		copy(b.buf, X.RawRowView(i))
		b.appendRow(b.buf)
	}
	b.byInput(c)
}

// rows returns the number of rows.
func (b *sparseBatch) rows() int { return len(b.rowStart) - 1 }

// appendRow appends the row x, keeping its elements ≠ 0. (A −0 is left out
// as Gemm leaves it out; a NaN is kept, but Train has checked X.) The zeros
// of an image come in runs, so it skips four zeros at a time; in the other
// blocks of four it writes every element and advances past the non-zero
// ones, without a branch to mispredict.
func (b *sparseBatch) appendRow(x []float64) {
	n := len(b.col)
	b.col, b.val = slices.Grow(b.col, len(x))[:n+len(x)], slices.Grow(b.val, len(x))[:n+len(x)]
	col, val := b.col[n:], b.val[n:]
	val = val[:len(col)]
	k := 0
	j := 0
	for ; j+4 <= len(x); j += 4 {
		q := x[j : j+4 : j+4]
		u0, u1, u2, u3 := math.Float64bits(q[0])<<1, math.Float64bits(q[1])<<1, math.Float64bits(q[2])<<1, math.Float64bits(q[3])<<1
		if u0|u1|u2|u3 == 0 {
			continue // four zeros (of either sign)
		}
		col[k], val[k] = int32(j), q[0]
		k += nonZero(u0)
		col[k], val[k] = int32(j+1), q[1]
		k += nonZero(u1)
		col[k], val[k] = int32(j+2), q[2]
		k += nonZero(u2)
		col[k], val[k] = int32(j+3), q[3]
		k += nonZero(u3)
	}
	for ; j < len(x); j++ {
		col[k], val[k] = int32(j), x[j]
		k += nonZero(math.Float64bits(x[j]) << 1)
	}
	b.col, b.val = b.col[:n+k], b.val[:n+k]
	b.rowStart = append(b.rowStart, n+k)
}

// nonZero returns 1 if u ≠ 0, else 0.
func nonZero(u uint64) int { return int((u | -u) >> 63) }

// byInput sorts the elements by input (a counting sort), for n inputs:
// rows stay in ascending order within an input.
func (b *sparseBatch) byInput(n int) {
	if len(b.count) != n {
		b.count = make([]int, n)
	}
	count, col, val := b.count, b.col, b.val // locals: the compiler keeps them in registers
	for _, p := range col {
		count[p]++
	}
	in, inStart := b.in[:0], append(b.inStart[:0], 0)
	next := 0
	for p, c := range count {
		if c != 0 {
			in = append(in, int32(p))
			count[p] = next // where input p's first element goes
			next += c
			inStart = append(inStart, next)
		}
	}
	inRow, inVal := resize(b.inRow, len(col)), resize(b.inVal, len(col))
	start := b.rowStart
	for r := range len(start) - 1 {
		for e := start[r]; e < start[r+1]; e++ {
			p := col[e]
			inRow[count[p]], inVal[count[p]] = int32(r), val[e]
			count[p]++
		}
	}
	for _, p := range in {
		count[p] = 0
	}
	b.in, b.inStart, b.inRow, b.inVal = in, inStart, inRow, inVal
}

// resize returns s with length n, reusing its memory when it can.
func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n, n+n/4)
	}
	return s[:n]
}

// mulSparse sets dst = X·W, X given by its non-zero elements: row r of dst
// is Σ x_rp · (row p of W) over the non-zero x_rp, p ascending. For the
// first layer, Z{1} = X·W{1}ᵀ with W = the layer's wt.
func mulSparse(dst *mat.Dense, x *sparseBatch, w *mat.Dense) {
	d, wm := dst.RawMatrix(), w.RawMatrix()
	for r := range x.rows() {
		zr := d.Data[r*d.Stride : r*d.Stride+d.Cols]
		clear(zr)
		for e := x.rowStart[r]; e < x.rowStart[r+1]; e++ {
			p := int(x.col[e])
			floats.AddScaled(zr, x.val[e], wm.Data[p*wm.Stride:p*wm.Stride+wm.Cols])
		}
	}
}

// stepSparse is the first layer's part of an SGD step on a sparse batch:
// for each input p of the batch in turn, row p of the weight gradient,
//
//	(∂L/∂W{1})ᵀ_p = (1/B) Σᵣ x_rp δ{1}⁽ʳ⁾   (over the rows r with x_rp ≠ 0, in order),
//
// then the update of row p of W{1}ᵀ, W_p ← W_p − α (∂L/∂W{1})ᵀ_p. The rows of
// the gradient of the inputs that are 0 in the whole batch are 0, and those
// rows of W{1}ᵀ do not change (W − α·0 = W), so they are skipped. Each row
// of the gradient is made in scratch (n_1 numbers, in the cache) and used at
// once; with g not nil it is kept there instead (g is set to the whole
// gradient, for OnStep). The numbers are those of mulTransA, then
// addScaled, bit for bit. The decay (1 − αρ/N) of W{1}, if any, is the
// caller's, before.
func stepSparse(wt *mat.Dense, alpha float64, x *sparseBatch, delta *mat.Dense, g *mat.Dense, scratch []float64) {
	invB := 1 / float64(x.rows())
	w, d := wt.RawMatrix(), delta.RawMatrix()
	if g != nil {
		g.Zero()
	}
	for k, p := range x.in {
		gp := scratch
		if g != nil {
			gp = g.RawRowView(int(p))
		} else {
			clear(gp)
		}
		for e := x.inStart[k]; e < x.inStart[k+1]; e++ {
			tmp := invB * x.inVal[e]
			if tmp == 0 { // as Gemm: (1/B)·x may underflow to 0
				continue
			}
			r := int(x.inRow[e])
			floats.AddScaled(gp, tmp, d.Data[r*d.Stride:r*d.Stride+d.Cols])
		}
		floats.AddScaled(w.Data[int(p)*w.Stride:int(p)*w.Stride+w.Cols], -alpha, gp)
	}
}
