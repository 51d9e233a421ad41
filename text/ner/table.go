package ner

// table is an open-addressing hash table from feature hashes to weight
// rows, built once a model is complete: the features are already uniform
// hashes, so their low bits index the slots directly, and a lookup costs a
// few comparisons instead of a general map's hashing.
type table struct {
	keys []uint64 // 0: empty slot
	rows []int32
	mask uint64
	zero int32 // the row of the feature hash 0, or -1
}

// newTable builds the table of index.
func newTable(index map[uint64]int32) *table {
	size := 16
	for size < 2*len(index) {
		size *= 2
	}
	t := &table{keys: make([]uint64, size), rows: make([]int32, size), mask: uint64(size - 1), zero: -1}
	for k, r := range index {
		if k == 0 {
			t.zero = r
			continue
		}
		i := k & t.mask
		for t.keys[i] != 0 {
			i = (i + 1) & t.mask
		}
		t.keys[i], t.rows[i] = k, r
	}
	return t
}

// get returns the row of feature k, or -1.
func (t *table) get(k uint64) int32 {
	if k == 0 {
		return t.zero
	}
	for i := k & t.mask; ; i = (i + 1) & t.mask {
		switch t.keys[i] {
		case k:
			return t.rows[i]
		case 0:
			return -1
		}
	}
}
