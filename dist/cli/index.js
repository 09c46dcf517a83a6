#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 9379:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const ANY = Symbol('SemVer ANY')
// hoisted class for cyclic dependency
class Comparator {
  static get ANY () {
    return ANY
  }

  constructor (comp, options) {
    options = parseOptions(options)

    if (comp instanceof Comparator) {
      if (comp.loose === !!options.loose) {
        return comp
      } else {
        comp = comp.value
      }
    }

    comp = comp.trim().split(/\s+/).join(' ')
    debug('comparator', comp, options)
    this.options = options
    this.loose = !!options.loose
    this.parse(comp)

    if (this.semver === ANY) {
      this.value = ''
    } else {
      this.value = this.operator + this.semver.version
    }

    debug('comp', this)
  }

  parse (comp) {
    const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR]
    const m = comp.match(r)

    if (!m) {
      throw new TypeError(`Invalid comparator: ${comp}`)
    }

    this.operator = m[1] !== undefined ? m[1] : ''
    if (this.operator === '=') {
      this.operator = ''
    }

    // if it literally is just '>' or '' then allow anything.
    if (!m[2]) {
      this.semver = ANY
    } else {
      this.semver = new SemVer(m[2], this.options.loose)
    }
  }

  toString () {
    return this.value
  }

  test (version) {
    debug('Comparator.test', version, this.options.loose)

    if (this.semver === ANY || version === ANY) {
      return true
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    return cmp(version, this.operator, this.semver, this.options)
  }

  intersects (comp, options) {
    if (!(comp instanceof Comparator)) {
      throw new TypeError('a Comparator is required')
    }

    if (this.operator === '') {
      if (this.value === '') {
        return true
      }
      return new Range(comp.value, options).test(this.value)
    } else if (comp.operator === '') {
      if (comp.value === '') {
        return true
      }
      return new Range(this.value, options).test(comp.semver)
    }

    options = parseOptions(options)

    // Special cases where nothing can possibly be lower
    if (options.includePrerelease &&
      (this.value === '<0.0.0-0' || comp.value === '<0.0.0-0')) {
      return false
    }
    if (!options.includePrerelease &&
      (this.value.startsWith('<0.0.0') || comp.value.startsWith('<0.0.0'))) {
      return false
    }

    // Same direction increasing (> or >=)
    if (this.operator.startsWith('>') && comp.operator.startsWith('>')) {
      return true
    }
    // Same direction decreasing (< or <=)
    if (this.operator.startsWith('<') && comp.operator.startsWith('<')) {
      return true
    }
    // same SemVer and both sides are inclusive (<= or >=)
    if (
      (this.semver.version === comp.semver.version) &&
      this.operator.includes('=') && comp.operator.includes('=')) {
      return true
    }
    // opposite directions less than
    if (cmp(this.semver, '<', comp.semver, options) &&
      this.operator.startsWith('>') && comp.operator.startsWith('<')) {
      return true
    }
    // opposite directions greater than
    if (cmp(this.semver, '>', comp.semver, options) &&
      this.operator.startsWith('<') && comp.operator.startsWith('>')) {
      return true
    }
    return false
  }
}

module.exports = Comparator

const parseOptions = __nccwpck_require__(356)
const { safeRe: re, t } = __nccwpck_require__(5471)
const cmp = __nccwpck_require__(8646)
const debug = __nccwpck_require__(1159)
const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)


/***/ }),

/***/ 6782:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SPACE_CHARACTERS = /\s+/g

// hoisted class for cyclic dependency
class Range {
  constructor (range, options) {
    options = parseOptions(options)

    if (range instanceof Range) {
      if (
        range.loose === !!options.loose &&
        range.includePrerelease === !!options.includePrerelease
      ) {
        return range
      } else {
        return new Range(range.raw, options)
      }
    }

    if (range instanceof Comparator) {
      // just put it in the set and return
      this.raw = range.value
      this.set = [[range]]
      this.formatted = undefined
      return this
    }

    this.options = options
    this.loose = !!options.loose
    this.includePrerelease = !!options.includePrerelease

    // First reduce all whitespace as much as possible so we do not have to rely
    // on potentially slow regexes like \s*. This is then stored and used for
    // future error messages as well.
    this.raw = range.trim().replace(SPACE_CHARACTERS, ' ')

    // First, split on ||
    this.set = this.raw
      .split('||')
      // map the range to a 2d array of comparators
      .map(r => this.parseRange(r.trim()))
      // throw out any comparator lists that are empty
      // this generally means that it was not a valid range, which is allowed
      // in loose mode, but will still throw if the WHOLE range is invalid.
      .filter(c => c.length)

    if (!this.set.length) {
      throw new TypeError(`Invalid SemVer Range: ${this.raw}`)
    }

    // if we have any that are not the null set, throw out null sets.
    if (this.set.length > 1) {
      // keep the first one, in case they're all null sets
      const first = this.set[0]
      this.set = this.set.filter(c => !isNullSet(c[0]))
      if (this.set.length === 0) {
        this.set = [first]
      } else if (this.set.length > 1) {
        // if we have any that are *, then the range is just *
        for (const c of this.set) {
          if (c.length === 1 && isAny(c[0])) {
            this.set = [c]
            break
          }
        }
      }
    }

    this.formatted = undefined
  }

  get range () {
    if (this.formatted === undefined) {
      this.formatted = ''
      for (let i = 0; i < this.set.length; i++) {
        if (i > 0) {
          this.formatted += '||'
        }
        const comps = this.set[i]
        for (let k = 0; k < comps.length; k++) {
          if (k > 0) {
            this.formatted += ' '
          }
          this.formatted += comps[k].toString().trim()
        }
      }
    }
    return this.formatted
  }

  format () {
    return this.range
  }

  toString () {
    return this.range
  }

  parseRange (range) {
    // strip build metadata so it can't bleed into the version
    range = range.replace(BUILDSTRIPRE, '')

    // memoize range parsing for performance.
    // this is a very hot path, and fully deterministic.
    const memoOpts =
      (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) |
      (this.options.loose && FLAG_LOOSE)
    const memoKey = memoOpts + ':' + range
    const cached = cache.get(memoKey)
    if (cached) {
      return cached
    }

    const loose = this.options.loose
    // `1.2.3 - 1.2.4` => `>=1.2.3 <=1.2.4`
    const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE]
    range = range.replace(hr, hyphenReplace(this.options.includePrerelease))
    debug('hyphen replace', range)

    // `> 1.2.3 < 1.2.5` => `>1.2.3 <1.2.5`
    range = trimComparatorWhitespace(range)
    debug('comparator trim', range)

    // `~ 1.2.3` => `~1.2.3`
    range = range.replace(re[t.TILDETRIM], tildeTrimReplace)
    debug('tilde trim', range)

    // `^ 1.2.3` => `^1.2.3`
    range = range.replace(re[t.CARETTRIM], caretTrimReplace)
    debug('caret trim', range)

    // At this point, the range is completely trimmed and
    // ready to be split into comparators.

    let rangeList = range
      .split(' ')
      .map(comp => parseComparator(comp, this.options))
      .join(' ')
      .split(/\s+/)
      // >=0.0.0 is equivalent to *
      .map(comp => replaceGTE0(comp, this.options))

    if (loose) {
      // in loose mode, throw out any that are not valid comparators
      rangeList = rangeList.filter(comp => {
        debug('loose invalid filter', comp, this.options)
        return !!comp.match(re[t.COMPARATORLOOSE])
      })
    }
    debug('range list', rangeList)

    // if any comparators are the null set, then replace with JUST null set
    // if more than one comparator, remove any * comparators
    // also, don't include the same comparator more than once
    const rangeMap = new Map()
    const comparators = rangeList.map(comp => new Comparator(comp, this.options))
    for (const comp of comparators) {
      if (isNullSet(comp)) {
        return [comp]
      }
      rangeMap.set(comp.value, comp)
    }
    if (rangeMap.size > 1 && rangeMap.has('')) {
      rangeMap.delete('')
    }

    const result = [...rangeMap.values()]
    cache.set(memoKey, result)
    return result
  }

  intersects (range, options) {
    if (!(range instanceof Range)) {
      throw new TypeError('a Range is required')
    }

    return this.set.some((thisComparators) => {
      return (
        isSatisfiable(thisComparators, options) &&
        range.set.some((rangeComparators) => {
          return (
            isSatisfiable(rangeComparators, options) &&
            thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options)
              })
            })
          )
        })
      )
    })
  }

  // if ANY of the sets match ALL of its comparators, then pass
  test (version) {
    if (!version) {
      return false
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    for (let i = 0; i < this.set.length; i++) {
      if (testSet(this.set[i], version, this.options)) {
        return true
      }
    }
    return false
  }
}

module.exports = Range

const LRU = __nccwpck_require__(1383)
const cache = new LRU()

const parseOptions = __nccwpck_require__(356)
const Comparator = __nccwpck_require__(9379)
const debug = __nccwpck_require__(1159)
const SemVer = __nccwpck_require__(7163)
const trimComparatorWhitespace = __nccwpck_require__(9737)
const {
  safeRe: re,
  src,
  t,
  tildeTrimReplace,
  caretTrimReplace,
} = __nccwpck_require__(5471)
const { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = __nccwpck_require__(5101)

// unbounded global build-metadata stripper used by parseRange
const BUILDSTRIPRE = new RegExp(src[t.BUILD], 'g')

const isNullSet = c => c.value === '<0.0.0-0'
const isAny = c => c.value === ''

// take a set of comparators and determine whether there
// exists a version which can satisfy it
const isSatisfiable = (comparators, options) => {
  let result = true
  const remainingComparators = comparators.slice()
  let testComparator = remainingComparators.pop()

  while (result && remainingComparators.length) {
    result = remainingComparators.every((otherComparator) => {
      return testComparator.intersects(otherComparator, options)
    })

    testComparator = remainingComparators.pop()
  }

  return result
}

// comprised of xranges, tildes, stars, and gtlt's at this point.
// already replaced the hyphen ranges
// turn into a set of JUST comparators.
const parseComparator = (comp, options) => {
  comp = comp.replace(re[t.BUILD], '')
  debug('comp', comp, options)
  comp = replaceCarets(comp, options)
  debug('caret', comp)
  comp = replaceTildes(comp, options)
  debug('tildes', comp)
  comp = replaceXRanges(comp, options)
  debug('xrange', comp)
  comp = replaceStars(comp, options)
  debug('stars', comp)
  return comp
}

const isX = id => !id || id.toLowerCase() === 'x' || id === '*'

const invalidXRangeOrder = (M, m, p) => (
  (isX(M) && !isX(m)) ||
  (isX(m) && p && !isX(p))
)

// ~, ~> --> * (any, kinda silly)
// ~2, ~2.x, ~2.x.x, ~>2, ~>2.x ~>2.x.x --> >=2.0.0 <3.0.0-0
// ~2.0, ~2.0.x, ~>2.0, ~>2.0.x --> >=2.0.0 <2.1.0-0
// ~1.2, ~1.2.x, ~>1.2, ~>1.2.x --> >=1.2.0 <1.3.0-0
// ~1.2.3, ~>1.2.3 --> >=1.2.3 <1.3.0-0
// ~1.2.0, ~>1.2.0 --> >=1.2.0 <1.3.0-0
// ~0.0.1 --> >=0.0.1 <0.1.0-0
const replaceTildes = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceTilde(c, options))
    .join(' ')
}

const replaceTilde = (comp, options) => {
  const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE]
  // if we're including prereleases in the match, then the lower bound is
  // -0, the lowest possible prerelease value, just like x-ranges and carets.
  // this keeps `~1.2` equivalent to the `1.2.x` x-range it's documented as.
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('tilde', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      // ~1.2 == >=1.2.0 <1.3.0-0
      ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
    } else if (pr) {
      debug('replaceTilde pr', pr)
      ret = `>=${M}.${m}.${p}-${pr
      } <${M}.${+m + 1}.0-0`
    } else {
      // ~1.2.3 == >=1.2.3 <1.3.0-0
      ret = `>=${M}.${m}.${p
      } <${M}.${+m + 1}.0-0`
    }

    debug('tilde return', ret)
    return ret
  })
}

// ^ --> * (any, kinda silly)
// ^2, ^2.x, ^2.x.x --> >=2.0.0 <3.0.0-0
// ^2.0, ^2.0.x --> >=2.0.0 <3.0.0-0
// ^1.2, ^1.2.x --> >=1.2.0 <2.0.0-0
// ^1.2.3 --> >=1.2.3 <2.0.0-0
// ^1.2.0 --> >=1.2.0 <2.0.0-0
// ^0.0.1 --> >=0.0.1 <0.0.2-0
// ^0.1.0 --> >=0.1.0 <0.2.0-0
const replaceCarets = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceCaret(c, options))
    .join(' ')
}

const replaceCaret = (comp, options) => {
  debug('caret', comp, options)
  const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET]
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('caret', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      if (M === '0') {
        ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
      } else {
        ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`
      }
    } else if (pr) {
      debug('replaceCaret pr', pr)
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p}-${pr
        } <${+M + 1}.0.0-0`
      }
    } else {
      debug('no pr')
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p
        } <${+M + 1}.0.0-0`
      }
    }

    debug('caret return', ret)
    return ret
  })
}

const replaceXRanges = (comp, options) => {
  debug('replaceXRanges', comp, options)
  return comp
    .split(/\s+/)
    .map((c) => replaceXRange(c, options))
    .join(' ')
}

const replaceXRange = (comp, options) => {
  comp = comp.trim()
  const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE]
  return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
    debug('xRange', comp, ret, gtlt, M, m, p, pr)
    if (invalidXRangeOrder(M, m, p)) {
      return comp
    }

    const xM = isX(M)
    const xm = xM || isX(m)
    const xp = xm || isX(p)
    const anyX = xp

    if (gtlt === '=' && anyX) {
      gtlt = ''
    }

    // if we're including prereleases in the match, then we need
    // to fix this to -0, the lowest possible prerelease value
    pr = options.includePrerelease ? '-0' : ''

    if (xM) {
      if (gtlt === '>' || gtlt === '<') {
        // nothing is allowed
        ret = '<0.0.0-0'
      } else {
        // nothing is forbidden
        ret = '*'
      }
    } else if (gtlt && anyX) {
      // we know patch is an x, because we have any x at all.
      // replace X with 0
      if (xm) {
        m = 0
      }
      p = 0

      if (gtlt === '>') {
        // >1 => >=2.0.0
        // >1.2 => >=1.3.0
        gtlt = '>='
        if (xm) {
          M = +M + 1
          m = 0
          p = 0
        } else {
          m = +m + 1
          p = 0
        }
      } else if (gtlt === '<=') {
        // <=0.7.x is actually <0.8.0, since any 0.7.x should
        // pass.  Similarly, <=7.x is actually <8.0.0, etc.
        gtlt = '<'
        if (xm) {
          M = +M + 1
        } else {
          m = +m + 1
        }
      }

      if (gtlt === '<') {
        pr = '-0'
      }

      ret = `${gtlt + M}.${m}.${p}${pr}`
    } else if (xm) {
      ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`
    } else if (xp) {
      ret = `>=${M}.${m}.0${pr
      } <${M}.${+m + 1}.0-0`
    }

    debug('xRange return', ret)

    return ret
  })
}

// Because * is AND-ed with everything else in the comparator,
// and '' means "any version", just remove the *s entirely.
const replaceStars = (comp, options) => {
  debug('replaceStars', comp, options)
  // Looseness is ignored here.  star is always as loose as it gets!
  return comp
    .trim()
    .replace(re[t.STAR], '')
}

const replaceGTE0 = (comp, options) => {
  debug('replaceGTE0', comp, options)
  return comp
    .trim()
    .replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], '')
}

// This function is passed to string.replace(re[t.HYPHENRANGE])
// M, m, patch, prerelease, build
// 1.2 - 3.4.5 => >=1.2.0 <=3.4.5
// 1.2.3 - 3.4 => >=1.2.0 <3.5.0-0 Any 3.4.x will do
// 1.2 - 3.4 => >=1.2.0 <3.5.0-0
// TODO build?
const hyphenReplace = incPr => ($0,
  from, fM, fm, fp, fpr, fb,
  to, tM, tm, tp, tpr) => {
  if (isX(fM)) {
    from = ''
  } else if (isX(fm)) {
    from = `>=${fM}.0.0${incPr ? '-0' : ''}`
  } else if (isX(fp)) {
    from = `>=${fM}.${fm}.0${incPr ? '-0' : ''}`
  } else if (fpr) {
    from = `>=${from}`
  } else {
    from = `>=${from}${incPr ? '-0' : ''}`
  }

  if (isX(tM)) {
    to = ''
  } else if (isX(tm)) {
    to = `<${+tM + 1}.0.0-0`
  } else if (isX(tp)) {
    to = `<${tM}.${+tm + 1}.0-0`
  } else if (tpr) {
    to = `<=${tM}.${tm}.${tp}-${tpr}`
  } else if (incPr) {
    to = `<${tM}.${tm}.${+tp + 1}-0`
  } else {
    to = `<=${to}`
  }

  return `${from} ${to}`.trim()
}

const testSet = (set, version, options) => {
  for (let i = 0; i < set.length; i++) {
    if (!set[i].test(version)) {
      return false
    }
  }

  if (version.prerelease.length && !options.includePrerelease) {
    // Find the set of versions that are allowed to have prereleases
    // For example, ^1.2.3-pr.1 desugars to >=1.2.3-pr.1 <2.0.0
    // That should allow `1.2.3-pr.2` to pass.
    // However, `1.2.4-alpha.notready` should NOT be allowed,
    // even though it's within the range set by the comparators.
    for (let i = 0; i < set.length; i++) {
      debug(set[i].semver)
      if (set[i].semver === Comparator.ANY) {
        continue
      }

      if (set[i].semver.prerelease.length > 0) {
        const allowed = set[i].semver
        if (allowed.major === version.major &&
            allowed.minor === version.minor &&
            allowed.patch === version.patch) {
          return true
        }
      }
    }

    // Version has a -pre, but it's not one of the ones we like.
    return false
  }

  return true
}


/***/ }),

/***/ 7163:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const debug = __nccwpck_require__(1159)
const { MAX_LENGTH, MAX_SAFE_INTEGER } = __nccwpck_require__(5101)
const { safeRe: re, t } = __nccwpck_require__(5471)

const parseOptions = __nccwpck_require__(356)
const { compareIdentifiers } = __nccwpck_require__(3348)

const isPrereleaseIdentifier = (prerelease, identifier) => {
  const identifiers = identifier.split('.')
  if (identifiers.length > prerelease.length) {
    return false
  }

  for (let i = 0; i < identifiers.length; i++) {
    if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
      return false
    }
  }

  return true
}

class SemVer {
  constructor (version, options) {
    options = parseOptions(options)

    if (version instanceof SemVer) {
      if (version.loose === !!options.loose &&
        version.includePrerelease === !!options.includePrerelease) {
        return version
      } else {
        version = version.version
      }
    } else if (typeof version !== 'string') {
      throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`)
    }

    if (version.length > MAX_LENGTH) {
      throw new TypeError(
        `version is longer than ${MAX_LENGTH} characters`
      )
    }

    debug('SemVer', version, options)
    this.options = options
    this.loose = !!options.loose
    // this isn't actually relevant for versions, but keep it so that we
    // don't run into trouble passing this.options around.
    this.includePrerelease = !!options.includePrerelease

    const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL])

    if (!m) {
      throw new TypeError(`Invalid Version: ${version}`)
    }

    this.raw = version

    // these are actually numbers
    this.major = +m[1]
    this.minor = +m[2]
    this.patch = +m[3]

    if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
      throw new TypeError('Invalid major version')
    }

    if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
      throw new TypeError('Invalid minor version')
    }

    if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
      throw new TypeError('Invalid patch version')
    }

    // numberify any prerelease numeric ids
    if (!m[4]) {
      this.prerelease = []
    } else {
      this.prerelease = m[4].split('.').map((id) => {
        if (/^[0-9]+$/.test(id)) {
          const num = +id
          if (num >= 0 && num < MAX_SAFE_INTEGER) {
            return num
          }
        }
        return id
      })
    }

    this.build = m[5] ? m[5].split('.') : []
    this.format()
  }

  format () {
    this.version = `${this.major}.${this.minor}.${this.patch}`
    if (this.prerelease.length) {
      this.version += `-${this.prerelease.join('.')}`
    }
    return this.version
  }

  toString () {
    return this.version
  }

  compare (other) {
    debug('SemVer.compare', this.version, this.options, other)
    if (!(other instanceof SemVer)) {
      if (typeof other === 'string' && other === this.version) {
        return 0
      }
      other = new SemVer(other, this.options)
    }

    if (other.version === this.version) {
      return 0
    }

    return this.compareMain(other) || this.comparePre(other)
  }

  compareMain (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    if (this.major < other.major) {
      return -1
    }
    if (this.major > other.major) {
      return 1
    }
    if (this.minor < other.minor) {
      return -1
    }
    if (this.minor > other.minor) {
      return 1
    }
    if (this.patch < other.patch) {
      return -1
    }
    if (this.patch > other.patch) {
      return 1
    }
    return 0
  }

  comparePre (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    // NOT having a prerelease is > having one
    if (this.prerelease.length && !other.prerelease.length) {
      return -1
    } else if (!this.prerelease.length && other.prerelease.length) {
      return 1
    } else if (!this.prerelease.length && !other.prerelease.length) {
      return 0
    }

    let i = 0
    do {
      const a = this.prerelease[i]
      const b = other.prerelease[i]
      debug('prerelease compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  compareBuild (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    let i = 0
    do {
      const a = this.build[i]
      const b = other.build[i]
      debug('build compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  // preminor will bump the version up to the next minor release, and immediately
  // down to pre-release. premajor and prepatch work the same way.
  inc (release, identifier, identifierBase) {
    if (release.startsWith('pre')) {
      if (!identifier && identifierBase === false) {
        throw new Error('invalid increment argument: identifier is empty')
      }
      // Avoid an invalid semver results
      if (identifier) {
        const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE])
        if (!match || match[1] !== identifier) {
          throw new Error(`invalid identifier: ${identifier}`)
        }
      }
    }

    switch (release) {
      case 'premajor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor = 0
        this.major++
        this.inc('pre', identifier, identifierBase)
        break
      case 'preminor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor++
        this.inc('pre', identifier, identifierBase)
        break
      case 'prepatch':
        // If this is already a prerelease, it will bump to the next version
        // drop any prereleases that might already exist, since they are not
        // relevant at this point.
        this.prerelease.length = 0
        this.inc('patch', identifier, identifierBase)
        this.inc('pre', identifier, identifierBase)
        break
      // If the input is a non-prerelease version, this acts the same as
      // prepatch.
      case 'prerelease':
        if (this.prerelease.length === 0) {
          this.inc('patch', identifier, identifierBase)
        }
        this.inc('pre', identifier, identifierBase)
        break
      case 'release':
        if (this.prerelease.length === 0) {
          throw new Error(`version ${this.raw} is not a prerelease`)
        }
        this.prerelease.length = 0
        break

      case 'major':
        // If this is a pre-major version, bump up to the same major version.
        // Otherwise increment major.
        // 1.0.0-5 bumps to 1.0.0
        // 1.1.0 bumps to 2.0.0
        if (
          this.minor !== 0 ||
          this.patch !== 0 ||
          this.prerelease.length === 0
        ) {
          this.major++
        }
        this.minor = 0
        this.patch = 0
        this.prerelease = []
        break
      case 'minor':
        // If this is a pre-minor version, bump up to the same minor version.
        // Otherwise increment minor.
        // 1.2.0-5 bumps to 1.2.0
        // 1.2.1 bumps to 1.3.0
        if (this.patch !== 0 || this.prerelease.length === 0) {
          this.minor++
        }
        this.patch = 0
        this.prerelease = []
        break
      case 'patch':
        // If this is not a pre-release version, it will increment the patch.
        // If it is a pre-release it will bump up to the same patch version.
        // 1.2.0-5 patches to 1.2.0
        // 1.2.0 patches to 1.2.1
        if (this.prerelease.length === 0) {
          this.patch++
        }
        this.prerelease = []
        break
      // This probably shouldn't be used publicly.
      // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
      case 'pre': {
        const base = Number(identifierBase) ? 1 : 0

        if (this.prerelease.length === 0) {
          this.prerelease = [base]
        } else {
          let i = this.prerelease.length
          while (--i >= 0) {
            if (typeof this.prerelease[i] === 'number') {
              this.prerelease[i]++
              i = -2
            }
          }
          if (i === -1) {
            // didn't increment anything
            if (identifier === this.prerelease.join('.') && identifierBase === false) {
              throw new Error('invalid increment argument: identifier already exists')
            }
            this.prerelease.push(base)
          }
        }
        if (identifier) {
          // 1.2.0-beta.1 bumps to 1.2.0-beta.2,
          // 1.2.0-beta.fooblz or 1.2.0-beta bumps to 1.2.0-beta.0
          let prerelease = [identifier, base]
          if (identifierBase === false) {
            prerelease = [identifier]
          }
          if (isPrereleaseIdentifier(this.prerelease, identifier)) {
            const prereleaseBase = this.prerelease[identifier.split('.').length]
            if (isNaN(prereleaseBase)) {
              this.prerelease = prerelease
            }
          } else {
            this.prerelease = prerelease
          }
        }
        break
      }
      default:
        throw new Error(`invalid increment argument: ${release}`)
    }
    this.raw = this.format()
    if (this.build.length) {
      this.raw += `+${this.build.join('.')}`
    }
    return this
  }
}

module.exports = SemVer


/***/ }),

/***/ 1799:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const clean = (version, options) => {
  const s = parse(version.trim().replace(/^[=v]+/, ''), options)
  return s ? s.version : null
}
module.exports = clean


/***/ }),

/***/ 8646:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const eq = __nccwpck_require__(5082)
const neq = __nccwpck_require__(4974)
const gt = __nccwpck_require__(6599)
const gte = __nccwpck_require__(1236)
const lt = __nccwpck_require__(3872)
const lte = __nccwpck_require__(6717)

const cmp = (a, op, b, loose) => {
  switch (op) {
    case '===':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a === b

    case '!==':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a !== b

    case '':
    case '=':
    case '==':
      return eq(a, b, loose)

    case '!=':
      return neq(a, b, loose)

    case '>':
      return gt(a, b, loose)

    case '>=':
      return gte(a, b, loose)

    case '<':
      return lt(a, b, loose)

    case '<=':
      return lte(a, b, loose)

    default:
      throw new TypeError(`Invalid operator: ${op}`)
  }
}
module.exports = cmp


/***/ }),

/***/ 5385:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const parse = __nccwpck_require__(6353)
const { safeRe: re, t } = __nccwpck_require__(5471)

const coerce = (version, options) => {
  if (version instanceof SemVer) {
    return version
  }

  if (typeof version === 'number') {
    version = String(version)
  }

  if (typeof version !== 'string') {
    return null
  }

  options = options || {}

  let match = null
  if (!options.rtl) {
    match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE])
  } else {
    // Find the right-most coercible string that does not share
    // a terminus with a more left-ward coercible string.
    // Eg, '1.2.3.4' wants to coerce '2.3.4', not '3.4' or '4'
    // With includePrerelease option set, '1.2.3.4-rc' wants to coerce '2.3.4-rc', not '2.3.4'
    //
    // Walk through the string checking with a /g regexp
    // Manually set the index so as to pick up overlapping matches.
    // Stop when we get a match that ends at the string end, since no
    // coercible string can be more right-ward without the same terminus.
    const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL]
    let next
    while ((next = coerceRtlRegex.exec(version)) &&
        (!match || match.index + match[0].length !== version.length)
    ) {
      if (!match ||
            next.index + next[0].length !== match.index + match[0].length) {
        match = next
      }
      coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length
    }
    // leave it in a clean state
    coerceRtlRegex.lastIndex = -1
  }

  if (match === null) {
    return null
  }

  const major = match[2]
  const minor = match[3] || '0'
  const patch = match[4] || '0'
  const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : ''
  const build = options.includePrerelease && match[6] ? `+${match[6]}` : ''

  return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options)
}
module.exports = coerce


/***/ }),

/***/ 7648:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const compareBuild = (a, b, loose) => {
  const versionA = new SemVer(a, loose)
  const versionB = new SemVer(b, loose)
  return versionA.compare(versionB) || versionA.compareBuild(versionB)
}
module.exports = compareBuild


/***/ }),

/***/ 6874:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const compareLoose = (a, b) => compare(a, b, true)
module.exports = compareLoose


/***/ }),

/***/ 8469:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const compare = (a, b, loose) =>
  new SemVer(a, loose).compare(new SemVer(b, loose))

module.exports = compare


/***/ }),

/***/ 711:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)

const diff = (version1, version2) => {
  const v1 = parse(version1, null, true)
  const v2 = parse(version2, null, true)
  const comparison = v1.compare(v2)

  if (comparison === 0) {
    return null
  }

  const v1Higher = comparison > 0
  const highVersion = v1Higher ? v1 : v2
  const lowVersion = v1Higher ? v2 : v1
  const highHasPre = !!highVersion.prerelease.length
  const lowHasPre = !!lowVersion.prerelease.length

  if (lowHasPre && !highHasPre) {
    // Going from prerelease -> no prerelease requires some special casing

    // If the low version has only a major, then it will always be a major
    // Some examples:
    // 1.0.0-1 -> 1.0.0
    // 1.0.0-1 -> 1.1.1
    // 1.0.0-1 -> 2.0.0
    if (!lowVersion.patch && !lowVersion.minor) {
      return 'major'
    }

    // If the main part has no difference
    if (lowVersion.compareMain(highVersion) === 0) {
      if (lowVersion.minor && !lowVersion.patch) {
        return 'minor'
      }
      return 'patch'
    }
  }

  // add the `pre` prefix if we are going to a prerelease version
  const prefix = highHasPre ? 'pre' : ''

  if (v1.major !== v2.major) {
    return prefix + 'major'
  }

  if (v1.minor !== v2.minor) {
    return prefix + 'minor'
  }

  if (v1.patch !== v2.patch) {
    return prefix + 'patch'
  }

  // high and low are prereleases
  return 'prerelease'
}

module.exports = diff


/***/ }),

/***/ 5082:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const eq = (a, b, loose) => compare(a, b, loose) === 0
module.exports = eq


/***/ }),

/***/ 6599:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const gt = (a, b, loose) => compare(a, b, loose) > 0
module.exports = gt


/***/ }),

/***/ 1236:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const gte = (a, b, loose) => compare(a, b, loose) >= 0
module.exports = gte


/***/ }),

/***/ 2338:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)

const inc = (version, release, options, identifier, identifierBase) => {
  if (typeof (options) === 'string') {
    identifierBase = identifier
    identifier = options
    options = undefined
  }

  try {
    return new SemVer(
      version instanceof SemVer ? version.version : version,
      options
    ).inc(release, identifier, identifierBase).version
  } catch (er) {
    return null
  }
}
module.exports = inc


/***/ }),

/***/ 3872:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const lt = (a, b, loose) => compare(a, b, loose) < 0
module.exports = lt


/***/ }),

/***/ 6717:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const lte = (a, b, loose) => compare(a, b, loose) <= 0
module.exports = lte


/***/ }),

/***/ 8511:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const major = (a, loose) => new SemVer(a, loose).major
module.exports = major


/***/ }),

/***/ 2603:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const minor = (a, loose) => new SemVer(a, loose).minor
module.exports = minor


/***/ }),

/***/ 4974:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const neq = (a, b, loose) => compare(a, b, loose) !== 0
module.exports = neq


/***/ }),

/***/ 6353:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const parse = (version, options, throwErrors = false) => {
  if (version instanceof SemVer) {
    return version
  }
  try {
    return new SemVer(version, options)
  } catch (er) {
    if (!throwErrors) {
      return null
    }
    throw er
  }
}

module.exports = parse


/***/ }),

/***/ 8756:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const patch = (a, loose) => new SemVer(a, loose).patch
module.exports = patch


/***/ }),

/***/ 5714:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const prerelease = (version, options) => {
  const parsed = parse(version, options)
  return (parsed && parsed.prerelease.length) ? parsed.prerelease : null
}
module.exports = prerelease


/***/ }),

/***/ 2173:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const rcompare = (a, b, loose) => compare(b, a, loose)
module.exports = rcompare


/***/ }),

/***/ 7192:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(7648)
const rsort = (list, loose) => list.sort((a, b) => compareBuild(b, a, loose))
module.exports = rsort


/***/ }),

/***/ 8011:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const satisfies = (version, range, options) => {
  try {
    range = new Range(range, options)
  } catch (er) {
    return false
  }
  return range.test(version)
}
module.exports = satisfies


/***/ }),

/***/ 9872:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(7648)
const sort = (list, loose) => list.sort((a, b) => compareBuild(a, b, loose))
module.exports = sort


/***/ }),

/***/ 6114:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const constants = __nccwpck_require__(5101)
const SemVer = __nccwpck_require__(7163)

const truncate = (version, truncation, options) => {
  if (!constants.RELEASE_TYPES.includes(truncation)) {
    return null
  }

  const clonedVersion = cloneInputVersion(version, options)
  return clonedVersion && doTruncation(clonedVersion, truncation)
}

const cloneInputVersion = (version, options) => {
  const versionStringToParse = (
    version instanceof SemVer ? version.version : version
  )

  return parse(versionStringToParse, options)
}

const doTruncation = (version, truncation) => {
  if (isPrerelease(truncation)) {
    return version.version
  }

  version.prerelease = []

  switch (truncation) {
    case 'major':
      version.minor = 0
      version.patch = 0
      break
    case 'minor':
      version.patch = 0
      break
  }

  return version.format()
}

const isPrerelease = (type) => {
  return type.startsWith('pre')
}

module.exports = truncate


/***/ }),

/***/ 8780:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const valid = (version, options) => {
  const v = parse(version, options)
  return v ? v.version : null
}
module.exports = valid


/***/ }),

/***/ 2088:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// just pre-load all the stuff that index.js lazily exports
const internalRe = __nccwpck_require__(5471)
const constants = __nccwpck_require__(5101)
const SemVer = __nccwpck_require__(7163)
const identifiers = __nccwpck_require__(3348)
const parse = __nccwpck_require__(6353)
const valid = __nccwpck_require__(8780)
const clean = __nccwpck_require__(1799)
const inc = __nccwpck_require__(2338)
const diff = __nccwpck_require__(711)
const major = __nccwpck_require__(8511)
const minor = __nccwpck_require__(2603)
const patch = __nccwpck_require__(8756)
const prerelease = __nccwpck_require__(5714)
const compare = __nccwpck_require__(8469)
const rcompare = __nccwpck_require__(2173)
const compareLoose = __nccwpck_require__(6874)
const compareBuild = __nccwpck_require__(7648)
const sort = __nccwpck_require__(9872)
const rsort = __nccwpck_require__(7192)
const gt = __nccwpck_require__(6599)
const lt = __nccwpck_require__(3872)
const eq = __nccwpck_require__(5082)
const neq = __nccwpck_require__(4974)
const gte = __nccwpck_require__(1236)
const lte = __nccwpck_require__(6717)
const cmp = __nccwpck_require__(8646)
const coerce = __nccwpck_require__(5385)
const truncate = __nccwpck_require__(6114)
const Comparator = __nccwpck_require__(9379)
const Range = __nccwpck_require__(6782)
const satisfies = __nccwpck_require__(8011)
const toComparators = __nccwpck_require__(4750)
const maxSatisfying = __nccwpck_require__(3193)
const minSatisfying = __nccwpck_require__(8595)
const minVersion = __nccwpck_require__(1866)
const validRange = __nccwpck_require__(4737)
const outside = __nccwpck_require__(280)
const gtr = __nccwpck_require__(2276)
const ltr = __nccwpck_require__(5213)
const intersects = __nccwpck_require__(3465)
const simplifyRange = __nccwpck_require__(2028)
const subset = __nccwpck_require__(1489)
module.exports = {
  parse,
  valid,
  clean,
  inc,
  diff,
  major,
  minor,
  patch,
  prerelease,
  compare,
  rcompare,
  compareLoose,
  compareBuild,
  sort,
  rsort,
  gt,
  lt,
  eq,
  neq,
  gte,
  lte,
  cmp,
  coerce,
  truncate,
  Comparator,
  Range,
  satisfies,
  toComparators,
  maxSatisfying,
  minSatisfying,
  minVersion,
  validRange,
  outside,
  gtr,
  ltr,
  intersects,
  simplifyRange,
  subset,
  SemVer,
  re: internalRe.re,
  src: internalRe.src,
  tokens: internalRe.t,
  SEMVER_SPEC_VERSION: constants.SEMVER_SPEC_VERSION,
  RELEASE_TYPES: constants.RELEASE_TYPES,
  compareIdentifiers: identifiers.compareIdentifiers,
  rcompareIdentifiers: identifiers.rcompareIdentifiers,
}


/***/ }),

/***/ 5101:
/***/ ((module) => {



// Note: this is the semver.org version of the spec that it implements
// Not necessarily the package version of this code.
const SEMVER_SPEC_VERSION = '2.0.0'

const MAX_LENGTH = 256
const MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER ||
/* istanbul ignore next */ 9007199254740991

// Max safe segment length for coercion.
const MAX_SAFE_COMPONENT_LENGTH = 16

// Max safe length for a build identifier. The max length minus 6 characters for
// the shortest version with a build 0.0.0+BUILD.
const MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6

// ECMAScript whitespace and line terminators matched by \s.
const WHITESPACE_CHARACTERS = [
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  ' ',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2001',
  '\u2002',
  '\u2003',
  '\u2004',
  '\u2005',
  '\u2006',
  '\u2007',
  '\u2008',
  '\u2009',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
]

const RELEASE_TYPES = [
  'major',
  'premajor',
  'minor',
  'preminor',
  'patch',
  'prepatch',
  'prerelease',
]

module.exports = {
  MAX_LENGTH,
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_SAFE_INTEGER,
  WHITESPACE_CHARACTERS,
  RELEASE_TYPES,
  SEMVER_SPEC_VERSION,
  FLAG_INCLUDE_PRERELEASE: 0b001,
  FLAG_LOOSE: 0b010,
}


/***/ }),

/***/ 1159:
/***/ ((module) => {



const debug = (
  typeof process === 'object' &&
  process.env &&
  process.env.NODE_DEBUG &&
  /\bsemver\b/i.test(process.env.NODE_DEBUG)
) ? (...args) => console.error('SEMVER', ...args)
  : () => {}

module.exports = debug


/***/ }),

/***/ 3348:
/***/ ((module) => {



const numeric = /^[0-9]+$/
const compareIdentifiers = (a, b) => {
  if (typeof a === 'number' && typeof b === 'number') {
    return a === b ? 0 : a < b ? -1 : 1
  }

  const anum = numeric.test(a)
  const bnum = numeric.test(b)

  if (anum && bnum) {
    a = +a
    b = +b
  }

  return a === b ? 0
    : (anum && !bnum) ? -1
    : (bnum && !anum) ? 1
    : a < b ? -1
    : 1
}

const rcompareIdentifiers = (a, b) => compareIdentifiers(b, a)

module.exports = {
  compareIdentifiers,
  rcompareIdentifiers,
}


/***/ }),

/***/ 1383:
/***/ ((module) => {



class LRUCache {
  constructor () {
    this.max = 1000
    this.map = new Map()
  }

  get (key) {
    const value = this.map.get(key)
    if (value === undefined) {
      return undefined
    } else {
      // Remove the key from the map and add it to the end
      this.map.delete(key)
      this.map.set(key, value)
      return value
    }
  }

  delete (key) {
    return this.map.delete(key)
  }

  set (key, value) {
    const deleted = this.delete(key)

    if (!deleted && value !== undefined) {
      // If cache is full, delete the least recently used item
      if (this.map.size >= this.max) {
        const firstKey = this.map.keys().next().value
        this.delete(firstKey)
      }

      this.map.set(key, value)
    }

    return this
  }
}

module.exports = LRUCache


/***/ }),

/***/ 356:
/***/ ((module) => {



// parse out just the options we care about
const looseOption = Object.freeze({ loose: true })
const emptyOpts = Object.freeze({ })
const parseOptions = options => {
  if (!options) {
    return emptyOpts
  }

  if (typeof options !== 'object') {
    return looseOption
  }

  return options
}
module.exports = parseOptions


/***/ }),

/***/ 5471:
/***/ ((module, exports, __nccwpck_require__) => {



const {
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_LENGTH,
} = __nccwpck_require__(5101)
const debug = __nccwpck_require__(1159)
exports = module.exports = {}

// The actual regexps go on exports.re
const re = exports.re = []
const safeRe = exports.safeRe = []
const src = exports.src = []
const safeSrc = exports.safeSrc = []
const t = exports.t = {}
let R = 0

const LETTERDASHNUMBER = '[a-zA-Z0-9-]'

// Replace some greedy regex tokens to prevent regex dos issues. These regex are
// used internally via the safeRe object since all inputs in this library get
// normalized first to trim and collapse all extra whitespace. The original
// regexes are exported for userland consumption and lower level usage. A
// future breaking change could export the safer regex only with a note that
// all input should have extra whitespace removed.
const safeRegexReplacements = [
  ['\\s', 1],
  ['\\d', MAX_LENGTH],
  [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH],
]

const makeSafeRegex = (value) => {
  for (const [token, max] of safeRegexReplacements) {
    value = value
      .split(`${token}*`).join(`${token}{0,${max}}`)
      .split(`${token}+`).join(`${token}{1,${max}}`)
  }
  return value
}

const createToken = (name, value, isGlobal) => {
  const safe = makeSafeRegex(value)
  const index = R++
  debug(name, index, value)
  t[name] = index
  src[index] = value
  safeSrc[index] = safe
  re[index] = new RegExp(value, isGlobal ? 'g' : undefined)
  safeRe[index] = new RegExp(safe, isGlobal ? 'g' : undefined)
}

// The following Regular Expressions can be used for tokenizing,
// validating, and parsing SemVer version strings.

// ## Numeric Identifier
// A single `0`, or a non-zero digit followed by zero or more digits.

createToken('NUMERICIDENTIFIER', '0|[1-9]\\d*')
createToken('NUMERICIDENTIFIERLOOSE', '\\d+')

// ## Non-numeric Identifier
// Zero or more digits, followed by a letter or hyphen, and then zero or
// more letters, digits, or hyphens.

createToken('NONNUMERICIDENTIFIER', `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`)

// ## Main Version
// Three dot-separated numeric identifiers.

createToken('MAINVERSION', `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})`)

createToken('MAINVERSIONLOOSE', `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version Identifier
// A numeric identifier, or a non-numeric identifier.
// Non-numeric identifiers include numeric identifiers but can be longer.
// Therefore non-numeric identifiers must go first.

createToken('PRERELEASEIDENTIFIER', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIER]})`)

createToken('PRERELEASEIDENTIFIERLOOSE', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version
// Hyphen, followed by one or more dot-separated pre-release version
// identifiers.

createToken('PRERELEASE', `(?:-(${src[t.PRERELEASEIDENTIFIER]
}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`)

createToken('PRERELEASELOOSE', `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]
}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`)

// ## Build Metadata Identifier
// Any combination of digits, letters, or hyphens.

createToken('BUILDIDENTIFIER', `${LETTERDASHNUMBER}+`)

// ## Build Metadata
// Plus sign, followed by one or more period-separated build metadata
// identifiers.

createToken('BUILD', `(?:\\+(${src[t.BUILDIDENTIFIER]
}(?:\\.${src[t.BUILDIDENTIFIER]})*))`)

// ## Full Version String
// A main version, followed optionally by a pre-release version and
// build metadata.

// Note that the only major, minor, patch, and pre-release sections of
// the version string are capturing groups.  The build metadata is not a
// capturing group, because it should not ever be used in version
// comparison.

createToken('FULLPLAIN', `v?${src[t.MAINVERSION]
}${src[t.PRERELEASE]}?${
  src[t.BUILD]}?`)

createToken('FULL', `^${src[t.FULLPLAIN]}$`)

// like full, but allows v1.2.3 and =1.2.3, which people do sometimes.
// also, 1.0.0alpha1 (prerelease without the hyphen) which is pretty
// common in the npm registry.
createToken('LOOSEPLAIN', `[v=\\s]*${src[t.MAINVERSIONLOOSE]
}${src[t.PRERELEASELOOSE]}?${
  src[t.BUILD]}?`)

createToken('LOOSE', `^${src[t.LOOSEPLAIN]}$`)

createToken('GTLT', '((?:<|>)?=?)')

// Something like "2.*" or "1.2.x".
// Note that "x.x" is a valid xRange identifier, meaning "any version"
// Only the first item is strictly required.
createToken('XRANGEIDENTIFIERLOOSE', `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`)
createToken('XRANGEIDENTIFIER', `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`)

createToken('XRANGEPLAIN', `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:${src[t.PRERELEASE]})?${
                     src[t.BUILD]}?` +
                   `)?)?`)

createToken('XRANGEPLAINLOOSE', `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:${src[t.PRERELEASELOOSE]})?${
                          src[t.BUILD]}?` +
                        `)?)?`)

createToken('XRANGE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`)
createToken('XRANGELOOSE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`)

// Coercion.
// Extract anything that could conceivably be a part of a valid semver
createToken('COERCEPLAIN', `${'(^|[^\\d])' +
              '(\\d{1,'}${MAX_SAFE_COMPONENT_LENGTH}})` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`)
createToken('COERCE', `${src[t.COERCEPLAIN]}(?:$|[^\\d])`)
createToken('COERCEFULL', src[t.COERCEPLAIN] +
              `(?:${src[t.PRERELEASE]})?` +
              `(?:${src[t.BUILD]})?` +
              `(?:$|[^\\d])`)
createToken('COERCERTL', src[t.COERCE], true)
createToken('COERCERTLFULL', src[t.COERCEFULL], true)

// Tilde ranges.
// Meaning is "reasonably at or greater than"
createToken('LONETILDE', '(?:~>?)')

createToken('TILDETRIM', `(\\s*)${src[t.LONETILDE]}\\s+`, true)
exports.tildeTrimReplace = '$1~'

createToken('TILDE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`)
createToken('TILDELOOSE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`)

// Caret ranges.
// Meaning is "at least and backwards compatible with"
createToken('LONECARET', '(?:\\^)')

createToken('CARETTRIM', `(\\s*)${src[t.LONECARET]}\\s+`, true)
exports.caretTrimReplace = '$1^'

createToken('CARET', `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`)
createToken('CARETLOOSE', `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`)

// A simple gt/lt/eq thing, or just "" to indicate "any version"
createToken('COMPARATORLOOSE', `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`)
createToken('COMPARATOR', `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`)

// An expression to strip any whitespace between the gtlt and the thing
// it modifies, so that `> 1.2.3` ==> `>1.2.3`
createToken('COMPARATORTRIM', `(\\s*)${src[t.GTLT]
}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true)
exports.comparatorTrimReplace = '$1$2$3'

// Something like `1.2.3 - 1.2.4`
// Note that these all use the loose form, because they'll be
// checked against either the strict or loose comparator form
// later.
createToken('HYPHENRANGE', `^\\s*(${src[t.XRANGEPLAIN]})` +
                   `\\s+-\\s+` +
                   `(${src[t.XRANGEPLAIN]})` +
                   `\\s*$`)

createToken('HYPHENRANGELOOSE', `^\\s*(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s+-\\s+` +
                        `(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s*$`)

// Star ranges basically just allow anything at all.
createToken('STAR', '(<|>)?=?\\s*\\*')
// >=0.0.0 is like a star
createToken('GTE0', '^\\s*>=\\s*0\\.0\\.0\\s*$')
createToken('GTE0PRE', '^\\s*>=\\s*0\\.0\\.0-0\\s*$')


/***/ }),

/***/ 9737:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

// @ts-check


// Reproduce safeRe[COMPARATORTRIM] replacement boundaries, not version
// validation. Each end-index finder returns an exclusive end, or its start
// on no match.
// Positions count from zero. An end of 3 means characters 0, 1, and 2 were read;
// range.slice(start, end) gives the matched text, not a converted number.
const {
  MAX_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  WHITESPACE_CHARACTERS,
} = __nccwpck_require__(5101)

/**
 * Remembers the last two rows of digits so their characters need not be reread.
 * Positions start at -1 until a row has been found.
 *
 * @typedef {object} DigitRunCache
 * @property {number} start The first character of the most recently found row.
 * @property {number} end The position after that row's last character.
 * @property {number} previousStart The first character of the previous row.
 * @property {number} previousEnd The position after the previous row.
 */

// One entry per UTF-16 code unit keeps membership checks constant-time.
const whitespace = new Uint8Array(0x10000)
for (const char of WHITESPACE_CHARACTERS) {
  whitespace[char.charCodeAt(0)] = 1
}

/**
 * Checks whether a character is whitespace, like a space, tab, or newline.
 * Looking past the end of the string returns false.
 *
 * @param {string|undefined} char One character, or undefined past the string's end.
 * @returns {boolean} Whether the character is whitespace.
 * @example isWhitespace(' ') // true
 * @example isWhitespace('1') // false
 */
const isWhitespace = char =>
  char !== undefined && whitespace[char.charCodeAt(0)] === 1

/**
 * Checks for v, =, or whitespace before the version number.
 * These are historical version prefixes, not range operators:
 * < and > are handled separately, as are tilde and caret ranges.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can belong to a version prefix.
 * @example isVersionPrefix('=') // true
 * @example isVersionPrefix('>') // false
 */
const isVersionPrefix = char =>
  char === 'v' ||
  char === '=' ||
  isWhitespace(char)

/**
 * Checks whether a character is one of the digits 0 through 9.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII digit.
 * @example isDigit('7') // true
 * @example isDigit('.') // false
 */
const isDigit = char => char !== undefined && char >= '0' && char <= '9'

/**
 * Checks whether a character is an English letter, uppercase or lowercase.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII letter.
 * @example isLetter('b') // true
 * @example isLetter('7') // false
 */
const isLetter = char =>
  char !== undefined && (
    (char >= 'a' && char <= 'z') ||
    (char >= 'A' && char <= 'Z')
  )

/**
 * Checks for a letter, digit, or hyphen: the characters allowed inside
 * prerelease and build names such as beta-1.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can be part of an identifier.
 * @example isIdentifierCharacter('-') // true
 * @example isIdentifierCharacter('.') // false; dots separate identifiers
 */
const isIdentifierCharacter = char => isDigit(char) || isLetter(char) || char === '-'

/**
 * Checks whether a version component can begin here: with a digit or
 * a wildcard such as x, X, or *.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether a number or wildcard can start with this character.
 * @example isVersionStart('x') // true
 * @example isVersionStart('v') // false; v belongs to the prefix
 */
const isVersionStart = char =>
  isDigit(char) ||
  char === 'x' ||
  char === 'X' ||
  char === '*'

/**
 * Finds the end of a row of digits, but returns no more than limit digits.
 * Remembers the last two rows so looking at them again does not reread them.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first character to check.
 * @param {number} limit The most digit characters the returned match can include.
 * @param {DigitRunCache} digitRuns Shared cache of digit-run positions, updated in place.
 * @returns {number} The position after the matched digits, or start if none match.
 * @example findDigitsEndIndex('123abc', 0, 10, digitRuns) // 3, pointing at a
 * @example findDigitsEndIndex('123abc', 0, 2, digitRuns) // 2, pointing at the unread 3
 */
const findDigitsEndIndex = (range, start, limit, digitRuns) => {
  if (!isDigit(range[start])) {
    return start
  }
  if (start >= digitRuns.start && start < digitRuns.end) {
    return Math.min(start + limit, digitRuns.end)
  }
  if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
    return Math.min(start + limit, digitRuns.previousEnd)
  }
  let end = start + 1
  while (isDigit(range[end])) {
    end++
  }
  // A failed full version can rewind from its second run to its first.
  digitRuns.previousStart = digitRuns.start
  digitRuns.previousEnd = digitRuns.end
  digitRuns.start = start
  digitRuns.end = end
  return Math.min(start + limit, end)
}

/**
 * Reads a number using the old regex's length and leading-zero rules.
 * Strict mode reads just the first zero in 012; loose mode can read all three.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the number should begin.
 * @param {boolean} loose Whether to allow leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched digits, not their numeric value.
 * @example findVersionNumberEndIndex('012', 0, false, digitRuns) // 1
 * @example findVersionNumberEndIndex('012', 0, true, digitRuns) // 3
 */
const findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
  if (!loose && range[start] === '0') {
    return start + 1
  }
  // Strict syntax allows an initial nonzero digit plus MAX_LENGTH digits.
  return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns)
}

/**
 * Reads one piece of a prerelease name, such as beta or 1 in beta.1.
 * Tries the letter-or-hyphen form first, then the number-only form.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @param {boolean} loose Whether numeric identifiers may have leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findPrereleaseIdentifierEndIndex('beta.1', 0, false, digitRuns) // 4, at the dot
 * @example findPrereleaseIdentifierEndIndex('001beta', 0, false, digitRuns) // 7
 */
const findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
  const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns)
  // The legacy regex tries a nonnumeric identifier before a numeric one.
  if (isLetter(range[digitsEnd]) || range[digitsEnd] === '-') {
    let end = digitsEnd + 1
    const limit = end + MAX_SAFE_BUILD_LENGTH
    while (end < limit && isIdentifierCharacter(range[end])) {
      end++
    }
    return end
  }
  return findVersionNumberEndIndex(range, start, loose, digitRuns)
}

/**
 * Reads a prerelease suffix such as -beta.1, one dot-separated piece at a time.
 * Loose mode also allows the name without its opening hyphen.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the suffix should begin, including -.
 * @param {boolean} loose Whether the opening hyphen is optional and zeros allowed.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched suffix, or start if absent.
 * @example findPrereleaseEndIndex('-beta.1+sha', 0, false, digitRuns) // 7, at the plus
 * @example findPrereleaseEndIndex('beta', 0, false, digitRuns) // 0; no opening hyphen
 */
const findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
  const hyphen = range[start] === '-'
  if (!loose && !hyphen) {
    return start
  }
  const identifierStart = start + (hyphen ? 1 : 0)
  let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns)
  if (end === identifierStart) {
    if (!loose || !hyphen) {
      return start
    }
    // In loose syntax, a lone hyphen can itself be the identifier.
    end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns)
  }
  while (range[end] === '.') {
    const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads one build-name piece, such as sha or 123 in +sha.123.
 * Stops at a disallowed character or the old regex's length limit.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findBuildIdentifierEndIndex('sha.123', 0) // 3, at the dot
 * @example findBuildIdentifierEndIndex('001', 0) // 3; leading zeros are allowed
 */
const findBuildIdentifierEndIndex = (range, start) => {
  let end = start
  while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
    end++
  }
  return end
}

/**
 * Reads optional build metadata such as +sha.123.
 * Leaves the position unchanged if there is no plus sign followed by a name.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the opening + should be.
 * @returns {number} The position after the matched metadata, or start if absent.
 * @example findBuildEndIndex('+sha.123 <2', 0) // 8, at the space
 * @example findBuildEndIndex('+', 0) // 0; a plus sign alone is not a match
 */
const findBuildEndIndex = (range, start) => {
  if (range[start] !== '+') {
    return start
  }
  let end = findBuildIdentifierEndIndex(range, start + 1)
  if (end === start + 1) {
    return start
  }
  while (range[end] === '.') {
    const next = findBuildIdentifierEndIndex(range, end + 1)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads three numbers separated by dots, then any prerelease and build suffixes.
 * Uses loose rules, so forms such as 01.02.03beta can match here.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first number, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the version match, or start if none matches.
 * @example findLooseFullVersionEndIndex('1.2.3-beta+sha <2', 0, digitRuns) // 14
 * @example findLooseFullVersionEndIndex('1.2', 0, digitRuns) // 0; needs three numbers
 */
const findLooseFullVersionEndIndex = (range, start, digitRuns) => {
  let end = start
  for (let component = 0; component < 3; component++) {
    const next = findVersionNumberEndIndex(range, end, true, digitRuns)
    if (next === end) {
      return start
    }
    end = next
    if (component < 2) {
      if (range[end] !== '.') {
        return start
      }
      end++
    }
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Reads one component of a partial or wildcard version, such as 2 or x in 2.x.
 * Numbers use strict leading-zero rules; wildcards take up one character.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the component should begin.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the component, or start if none matches.
 * @example findPartialVersionComponentEndIndex('2.x', 0, digitRuns) // 1, at the dot
 * @example findPartialVersionComponentEndIndex('2.x', 2, digitRuns) // 3, after x
 */
const findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
  if (isDigit(range[start])) {
    return findVersionNumberEndIndex(range, start, false, digitRuns)
  }
  return isVersionStart(range[start]) ? start + 1 : start
}

/**
 * Reads up to three components, allowing forms such as 1, 1.2, or 1.x.
 * After the third component, also reads any strict prerelease and build suffixes.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched version text.
 * @example findPartialVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 * @example findPartialVersionEndIndex('1.', 0, digitRuns) // 1; the trailing dot is unread
 */
const findPartialVersionEndIndex = (range, start, digitRuns) => {
  let end = findPartialVersionComponentEndIndex(range, start, digitRuns)
  for (let component = 0; component < 2; component++) {
    if (range[end] !== '.') {
      return end
    }
    const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns)
    if (next === end + 1) {
      return end
    }
    end = next
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Finds where a version match ends, without deciding whether the range is valid.
 * Tries a loose full version first, then a partial or wildcard version, just
 * like the old regex's LOOSEPLAIN and XRANGEPLAIN alternatives.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position where scanning the next candidate can resume.
 * @example findVersionEndIndex('1.2.3 <2', 0, digitRuns) // 5, at the space
 * @example findVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 */
const findVersionEndIndex = (range, start, digitRuns) => {
  const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns)
  return fullVersionEnd !== start
    ? fullVersionEnd
    : findPartialVersionEndIndex(range, start, digitRuns)
}

/**
 * Finds the one whitespace character the old replacement would remove.
 * Keeps leading whitespace, skips an optional operator, and checks immediately
 * after it. Returns -1 if there is nothing to remove.
 *
 * @param {string} range The text containing a candidate already found by the caller.
 * @param {number} matchStart The candidate's position, including leading whitespace.
 * @returns {number} The position of the removable whitespace, or -1 if absent.
 * @example findRemovableWhitespaceIndex(' > 1', 0) // 2; keep the space at position 0
 * @example findRemovableWhitespaceIndex('>1', 0) // -1
 */
const findRemovableWhitespaceIndex = (range, matchStart) => {
  let position = matchStart
  if (isWhitespace(range[position])) {
    position++
  }
  if (range[position] === '<' || range[position] === '>') {
    position++
  }
  if (range[position] === '=') {
    position++
  }
  return isWhitespace(range[position]) ? position : -1
}

/**
 * Joins an operator to its version, turning > 1.2.3 into >1.2.3.
 * Copies everything else according to the old regex's matching rules.
 * Moves forward through prefixes and whole versions to avoid repeatedly
 * searching the same characters on long inputs.
 *
 * @param {string} range The range text to process; the original string is unchanged.
 * @returns {string} The range with matched operator whitespace removed.
 * @example trimComparatorWhitespace('> 1.2.3 < 2') // '>1.2.3 <2'
 * @example trimComparatorWhitespace('> invalid') // '> invalid'
 */
const trimComparatorWhitespace = range => {
  let result = ''
  let copyFrom = 0
  let cursor = 0
  const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 }

  while (cursor < range.length) {
    const matchStart = cursor
    if (range[cursor] === '<' || range[cursor] === '>') {
      cursor++
    } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
      cursor++
      continue
    }

    // Consume a v/=/whitespace run once, even when no version follows it.
    while (cursor < range.length && isVersionPrefix(range[cursor])) {
      cursor++
    }
    if (!isVersionStart(range[cursor])) {
      continue
    }

    const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart)
    if (whitespacePosition !== -1) {
      result += range.slice(copyFrom, whitespacePosition)
      copyFrom = whitespacePosition + 1
    }

    // Skip the entire match, so a prerelease's trailing v cannot be
    // reconsidered as the prefix of another version.
    cursor = findVersionEndIndex(range, cursor, digitRuns)
  }

  return result + range.slice(copyFrom)
}

module.exports = trimComparatorWhitespace


/***/ }),

/***/ 2276:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// Determine if version is greater than all the versions possible in the range.
const outside = __nccwpck_require__(280)
const gtr = (version, range, options) => outside(version, range, '>', options)
module.exports = gtr


/***/ }),

/***/ 3465:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const intersects = (r1, r2, options) => {
  r1 = new Range(r1, options)
  r2 = new Range(r2, options)
  return r1.intersects(r2, options)
}
module.exports = intersects


/***/ }),

/***/ 5213:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const outside = __nccwpck_require__(280)
// Determine if version is less than all the versions possible in the range
const ltr = (version, range, options) => outside(version, range, '<', options)
module.exports = ltr


/***/ }),

/***/ 3193:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)

const maxSatisfying = (versions, range, options) => {
  let max = null
  let maxSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!max || maxSV.compare(v) === -1) {
        // compare(max, v, true)
        max = v
        maxSV = new SemVer(max, options)
      }
    }
  })
  return max
}
module.exports = maxSatisfying


/***/ }),

/***/ 8595:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)
const minSatisfying = (versions, range, options) => {
  let min = null
  let minSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!min || minSV.compare(v) === 1) {
        // compare(min, v, true)
        min = v
        minSV = new SemVer(min, options)
      }
    }
  })
  return min
}
module.exports = minSatisfying


/***/ }),

/***/ 1866:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)
const gt = __nccwpck_require__(6599)

const minVersion = (range, loose) => {
  range = new Range(range, loose)

  let minver = new SemVer('0.0.0')
  if (range.test(minver)) {
    return minver
  }

  minver = new SemVer('0.0.0-0')
  if (range.test(minver)) {
    return minver
  }

  minver = null
  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let setMin = null
    comparators.forEach((comparator) => {
      // Clone to avoid manipulating the comparator's semver object.
      const compver = new SemVer(comparator.semver.version)
      switch (comparator.operator) {
        case '>':
          if (compver.prerelease.length === 0) {
            compver.patch++
          } else {
            compver.prerelease.push(0)
          }
          compver.raw = compver.format()
          /* fallthrough */
        case '':
        case '>=':
          if (!setMin || gt(compver, setMin)) {
            setMin = compver
          }
          break
        case '<':
        case '<=':
          /* Ignore maximum versions */
          break
        /* istanbul ignore next */
        default:
          throw new Error(`Unexpected operation: ${comparator.operator}`)
      }
    })
    if (setMin && (!minver || gt(minver, setMin))) {
      minver = setMin
    }
  }

  if (minver && range.test(minver)) {
    return minver
  }

  return null
}
module.exports = minVersion


/***/ }),

/***/ 280:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Comparator = __nccwpck_require__(9379)
const { ANY } = Comparator
const Range = __nccwpck_require__(6782)
const satisfies = __nccwpck_require__(8011)
const gt = __nccwpck_require__(6599)
const lt = __nccwpck_require__(3872)
const lte = __nccwpck_require__(6717)
const gte = __nccwpck_require__(1236)

const outside = (version, range, hilo, options) => {
  version = new SemVer(version, options)
  range = new Range(range, options)

  let gtfn, ltefn, ltfn, comp, ecomp
  switch (hilo) {
    case '>':
      gtfn = gt
      ltefn = lte
      ltfn = lt
      comp = '>'
      ecomp = '>='
      break
    case '<':
      gtfn = lt
      ltefn = gte
      ltfn = gt
      comp = '<'
      ecomp = '<='
      break
    default:
      throw new TypeError('Must provide a hilo val of "<" or ">"')
  }

  // If it satisfies the range it is not outside
  if (satisfies(version, range, options)) {
    return false
  }

  // From now on, variable terms are as if we're in "gtr" mode.
  // but note that everything is flipped for the "ltr" function.

  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let high = null
    let low = null

    comparators.forEach((comparator) => {
      if (comparator.semver === ANY) {
        comparator = new Comparator('>=0.0.0')
      }
      high = high || comparator
      low = low || comparator
      if (gtfn(comparator.semver, high.semver, options)) {
        high = comparator
      } else if (ltfn(comparator.semver, low.semver, options)) {
        low = comparator
      }
    })

    // If the edge version comparator has a operator then our version
    // isn't outside it
    if (high.operator === comp || high.operator === ecomp) {
      return false
    }

    // If the lowest version comparator has an operator and our version
    // is less than it then it isn't higher than the range
    if ((!low.operator || low.operator === comp) &&
        ltefn(version, low.semver)) {
      return false
    } else if (low.operator === ecomp && ltfn(version, low.semver)) {
      return false
    }
  }
  return true
}

module.exports = outside


/***/ }),

/***/ 2028:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// given a set of versions and a range, create a "simplified" range
// that includes the same versions that the original range does
// If the original range is shorter than the simplified one, return that.
const satisfies = __nccwpck_require__(8011)
const compare = __nccwpck_require__(8469)
module.exports = (versions, range, options) => {
  const set = []
  let first = null
  let prev = null
  const v = versions.sort((a, b) => compare(a, b, options))
  for (const version of v) {
    const included = satisfies(version, range, options)
    if (included) {
      prev = version
      if (!first) {
        first = version
      }
    } else {
      if (prev) {
        set.push([first, prev])
      }
      prev = null
      first = null
    }
  }
  if (first) {
    set.push([first, null])
  }

  const ranges = []
  for (const [min, max] of set) {
    if (min === max) {
      ranges.push(min)
    } else if (!max && min === v[0]) {
      ranges.push('*')
    } else if (!max) {
      ranges.push(`>=${min}`)
    } else if (min === v[0]) {
      ranges.push(`<=${max}`)
    } else {
      ranges.push(`${min} - ${max}`)
    }
  }
  const simplified = ranges.join(' || ')
  const original = typeof range.raw === 'string' ? range.raw : String(range)
  return simplified.length < original.length ? simplified : range
}


/***/ }),

/***/ 1489:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const Comparator = __nccwpck_require__(9379)
const { ANY } = Comparator
const satisfies = __nccwpck_require__(8011)
const compare = __nccwpck_require__(8469)

// Complex range `r1 || r2 || ...` is a subset of `R1 || R2 || ...` iff:
// - Every simple range `r1, r2, ...` is a null set, OR
// - Every simple range `r1, r2, ...` which is not a null set is a subset of
//   some `R1, R2, ...`
//
// Simple range `c1 c2 ...` is a subset of simple range `C1 C2 ...` iff:
// - If c is only the ANY comparator
//   - If C is only the ANY comparator, return true
//   - Else if in prerelease mode, return false
//   - else replace c with `[>=0.0.0]`
// - If C is only the ANY comparator
//   - if in prerelease mode, return true
//   - else replace C with `[>=0.0.0]`
// - Let EQ be the set of = comparators in c
// - If EQ is more than one, return true (null set)
// - Let GT be the highest > or >= comparator in c
// - Let LT be the lowest < or <= comparator in c
// - If GT and LT, and GT.semver > LT.semver, return true (null set)
// - If any C is a = range, and GT or LT are set, return false
// - If EQ
//   - If GT, and EQ does not satisfy GT, return true (null set)
//   - If LT, and EQ does not satisfy LT, return true (null set)
//   - If EQ satisfies every C, return true
//   - Else return false
// - If GT
//   - If GT.semver is lower than any > or >= comp in C, return false
//   - If GT is >=, and GT.semver does not satisfy every C, return false
//   - If GT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the GT.semver tuple, return false
// - If LT
//   - If LT.semver is greater than any < or <= comp in C, return false
//   - If LT is <=, and LT.semver does not satisfy every C, return false
//   - If LT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the LT.semver tuple, return false
// - Else return true

const subset = (sub, dom, options = {}) => {
  if (sub === dom) {
    return true
  }

  sub = new Range(sub, options)
  dom = new Range(dom, options)
  let sawNonNull = false

  OUTER: for (const simpleSub of sub.set) {
    for (const simpleDom of dom.set) {
      const isSub = simpleSubset(simpleSub, simpleDom, options)
      sawNonNull = sawNonNull || isSub !== null
      if (isSub) {
        continue OUTER
      }
    }
    // the null set is a subset of everything, but null simple ranges in
    // a complex range should be ignored.  so if we saw a non-null range,
    // then we know this isn't a subset, but if EVERY simple range was null,
    // then it is a subset.
    if (sawNonNull) {
      return false
    }
  }
  return true
}

const minimumVersionWithPreRelease = [new Comparator('>=0.0.0-0')]
const minimumVersion = [new Comparator('>=0.0.0')]

const simpleSubset = (sub, dom, options) => {
  if (sub === dom) {
    return true
  }

  if (sub.length === 1 && sub[0].semver === ANY) {
    if (dom.length === 1 && dom[0].semver === ANY) {
      return true
    } else if (options.includePrerelease) {
      sub = minimumVersionWithPreRelease
    } else {
      sub = minimumVersion
    }
  }

  if (dom.length === 1 && dom[0].semver === ANY) {
    if (options.includePrerelease) {
      return true
    } else {
      dom = minimumVersion
    }
  }

  const eqSet = new Set()
  let gt, lt
  for (const c of sub) {
    if (c.operator === '>' || c.operator === '>=') {
      gt = higherGT(gt, c, options)
    } else if (c.operator === '<' || c.operator === '<=') {
      lt = lowerLT(lt, c, options)
    } else {
      eqSet.add(c.semver)
    }
  }

  if (eqSet.size > 1) {
    return null
  }

  let gtltComp
  if (gt && lt) {
    gtltComp = compare(gt.semver, lt.semver, options)
    if (gtltComp > 0) {
      return null
    } else if (gtltComp === 0 && (gt.operator !== '>=' || lt.operator !== '<=')) {
      return null
    }
  }

  // will iterate one or zero times
  for (const eq of eqSet) {
    if (gt && !satisfies(eq, String(gt), options)) {
      return null
    }

    if (lt && !satisfies(eq, String(lt), options)) {
      return null
    }

    for (const c of dom) {
      if (!satisfies(eq, String(c), options)) {
        return false
      }
    }

    return true
  }

  let higher, lower
  let hasDomLT, hasDomGT
  // if the subset has a prerelease, we need a comparator in the superset
  // with the same tuple and a prerelease, or it's not a subset
  let needDomLTPre = lt &&
    !options.includePrerelease &&
    lt.semver.prerelease.length ? lt.semver : false
  let needDomGTPre = gt &&
    !options.includePrerelease &&
    gt.semver.prerelease.length ? gt.semver : false
  // exception: <1.2.3-0 is the same as <1.2.3
  if (needDomLTPre && needDomLTPre.prerelease.length === 1 &&
      lt.operator === '<' && needDomLTPre.prerelease[0] === 0) {
    needDomLTPre = false
  }

  for (const c of dom) {
    hasDomGT = hasDomGT || c.operator === '>' || c.operator === '>='
    hasDomLT = hasDomLT || c.operator === '<' || c.operator === '<='
    if (gt) {
      if (needDomGTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomGTPre.major &&
            c.semver.minor === needDomGTPre.minor &&
            c.semver.patch === needDomGTPre.patch) {
          needDomGTPre = false
        }
      }
      if (c.operator === '>' || c.operator === '>=') {
        higher = higherGT(gt, c, options)
        if (higher === c && higher !== gt) {
          return false
        }
      } else if (gt.operator === '>=' && !c.test(gt.semver)) {
        return false
      }
    }
    if (lt) {
      if (needDomLTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomLTPre.major &&
            c.semver.minor === needDomLTPre.minor &&
            c.semver.patch === needDomLTPre.patch) {
          needDomLTPre = false
        }
      }
      if (c.operator === '<' || c.operator === '<=') {
        lower = lowerLT(lt, c, options)
        if (lower === c && lower !== lt) {
          return false
        }
      } else if (lt.operator === '<=' && !c.test(lt.semver)) {
        return false
      }
    }
    if (!c.operator && (lt || gt) && gtltComp !== 0) {
      return false
    }
  }

  // if there was a < or >, and nothing in the dom, then must be false
  // UNLESS it was limited by another range in the other direction.
  // Eg, >1.0.0 <1.0.1 is still a subset of <2.0.0
  if (gt && hasDomLT && !lt && gtltComp !== 0) {
    return false
  }

  if (lt && hasDomGT && !gt && gtltComp !== 0) {
    return false
  }

  // we needed a prerelease range in a specific tuple, but didn't get one
  // then this isn't a subset.  eg >=1.2.3-pre is not a subset of >=1.0.0,
  // because it includes prereleases in the 1.2.3 tuple
  if (needDomGTPre || needDomLTPre) {
    return false
  }

  return true
}

// >=1.2.3 is lower than >1.2.3
const higherGT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp > 0 ? a
    : comp < 0 ? b
    : b.operator === '>' && a.operator === '>=' ? b
    : a
}

// <=1.2.3 is higher than <1.2.3
const lowerLT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp < 0 ? a
    : comp > 0 ? b
    : b.operator === '<' && a.operator === '<=' ? b
    : a
}

module.exports = subset


/***/ }),

/***/ 4750:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)

// Mostly just for testing and legacy API reasons
const toComparators = (range, options) =>
  new Range(range, options).set
    .map(comp => comp.map(c => c.value).join(' ').trim().split(' '))

module.exports = toComparators


/***/ }),

/***/ 4737:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const validRange = (range, options) => {
  try {
    // Return '*' instead of '' so that truthiness works.
    // This will throw if it's invalid anyway
    return new Range(range, options).range || '*'
  } catch (er) {
    return null
  }
}
module.exports = validRange


/***/ }),

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8932);

process.exitCode = await (0,_run_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 8932:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./src/host.ts
// The machine the probe runs on, as the result file and the label name it.

const OS_NAMES = { linux: 'linux', darwin: 'macos', win32: 'windows' };
/** glibc or musl on Linux, null elsewhere. */
function detectLibc() {
    if (process.platform !== 'linux')
        return null;
    const report = process.report?.getReport();
    if (report?.header?.glibcVersionRuntime)
        return 'glibc';
    try {
        if ((0,external_node_fs_.readdirSync)('/lib').some((name) => name.startsWith('ld-musl-')))
            return 'musl';
    }
    catch {
        // No /lib: fall through.
    }
    return (0,external_node_fs_.existsSync)('/etc/alpine-release') ? 'musl' : 'glibc';
}
function detectHost(env = process.env) {
    const os = OS_NAMES[process.platform] ?? process.platform;
    const arch = process.arch;
    const libc = detectLibc();
    return {
        os,
        arch,
        libc,
        label: [os, arch, libc].filter(Boolean).join('-'),
        runner: env.RUNNER_NAME || null
    };
}
/** The host as release assets are chosen for it; undefined where no runtime publishes builds. */
function platformOf(host) {
    if (host.os !== 'linux' && host.os !== 'macos' && host.os !== 'windows')
        return undefined;
    if (host.arch !== 'x64' && host.arch !== 'arm64')
        return undefined;
    return { os: host.os, arch: host.arch, libc: host.os === 'linux' ? (host.libc ?? 'glibc') : null };
}

;// CONCATENATED MODULE: ./src/probes/modules.generated.ts
// Generated by scripts/build-modules.mjs from src/probes/wat/*.wat: do not edit.
// Run `npm run build:modules` after changing a .wat file.
const MODULE_HEX = {
    'component-0.3-args': '0061736d0d000100071d014203017073014000000004000d6765742d617267756d656e747301010a1f01001a776173693a636c692f656e7669726f6e6d656e7440302e332e30050001c4010061736d0100000001090160047f7f7f7f017f0302010005030100010607017f014180200b071402066d656d6f72790200077265616c6c6f6300000a41013f01027f2300200241016b6a410020026b712104200420036a2400230041ffff036a411076210520053f004b044020053f006b4000417f460440000b0b20040b0044046e616d650007066d656d6f7279022b01000600036f6c6401086f6c642d73697a650205616c69676e030473697a6504037074720505706167657307070100046e65787402040100000006290300020100066d656d6f727900000100077265616c6c6f630100000d6765742d617267756d656e7473080a010100000303000400000704016a00000805010900010001ec030061736d0100000001180460017f0060047f7f7f7f017f6000017f60037f7f7f017f026b03066d656d6f7279066d656d6f72790200011a776173693a636c692f656e7669726f6e6d656e7440302e332e300d6765742d617267756d656e747300001a5b6578706f72745d776173693a636c692f72756e40302e332e30105b7461736b2d72657475726e5d72756e00000304030102030712020372756e00030863616c6c6261636b00040a9a010342002001200347044041000f0b024003402001450d0120002d000020022d000047044041000f0b200041016a2100200241016a2102200141016b21010c000b0b41010b5101017f41081000410828020021000240410c2802004103470d002000280208200028020c41c00041051002450d002000280210200028021441d000410a1002450d004100100141000f0b4101100141000b0300000b0b1c020041c0000b05616c7068610041d0000b0a626574612067616d6d61008501046e616d650005046d61696e012403000d6765742d617267756d656e7473010b7461736b2d72657475726e0205657175616c02390302040001610105612d6c656e0201620305622d6c656e030100046c697374040300056576656e74010668616e646c6502077061796c6f616403160202020104646f6e6502046e65787403010003657272026e0301010d6765742d617267756d656e747300010101105b7461736b2d72657475726e5d72756e0002000103066d656d6f727912001a776173693a636c692f656e7669726f6e6d656e7440302e332e3012011a5b6578706f72745d776173693a636c692f72756e40302e332e30120207050143000001061602000001030372756e000001030863616c6c6261636b0809010000030206070402050a010101000372756e01010b18010012776173693a636c692f72756e40302e332e3005010000b2010e636f6d706f6e656e742d6e616d65012800000300077265616c6c6f63010d6765742d617267756d656e7473020b7461736b2d72657475726e010b00020100066d656d6f7279011100110200066d656d6f727901046d61696e011100120200066d656d6f727903046d61696e01070101010372756e01250303000b656e7669726f6e6d656e74010a72756e2d726573756c74020872756e2d66756e6301140502000b656e7669726f6e6d656e74010372756e',
    'component-0.3-clocks': '0061736d0d000100071301420201770400086475726174696f6e0300000a1c010017776173693a636c6f636b732f747970657340302e332e300500060d01030000086475726174696f6e0736014204017202077365636f6e6473780b6e616e6f7365636f6e647379040007696e7374616e7403000001400000010400036e6f7701020a2301001e776173693a636c6f636b732f73797374656d2d636c6f636b40302e332e300502074b01420802030201010400086475726174696f6e03000001770400046d61726b03000201400000030400036e6f77010401430108686f772d6c6f6e67010100040008776169742d666f7201050a26010021776173693a636c6f636b732f6d6f6e6f746f6e69632d636c6f636b40302e332e30050301290061736d010000000503010001070a01066d656d6f72790200000e046e616d650007066d656d6f727902040100000006130200020100066d656d6f7279010001036e6f77080701010000010300060801010002036e6f7708050101000100060d0101000208776169742d666f72080a0501000201060d1f22230704016a0000080501090004000192060061736d0100000001230760017f006000017e60017e017f6000017f60027f7f0060017f017f60037f7f7f017f02a50209066d656d6f7279066d656d6f72790200011e776173693a636c6f636b732f73797374656d2d636c6f636b40302e332e30036e6f77000021776173693a636c6f636b732f6d6f6e6f746f6e69632d636c6f636b40302e332e30036e6f77000121776173693a636c6f636b732f6d6f6e6f746f6e69632d636c6f636b40302e332e30155b6173796e632d6c6f7765725d776169742d666f7200020524726f6f740c7375627461736b2d64726f7000000524726f6f74107761697461626c652d7365742d6e657700030524726f6f74117761697461626c652d7365742d64726f7000000524726f6f740d7761697461626c652d6a6f696e00041a5b6578706f72745d776173693a636c692f72756e40302e332e30105b7461736b2d72657475726e5d72756e0000030504050303060610037e0142000b7f0141000b7f0141000b0712020372756e00090863616c6c6261636b000b0ab101040900200045100741000b6801017f4100100041002903004280e2cfaa06534100280208418094ebdc034f720440410010080f0b100124002300500440410010080f0b4280ade204100221002000410f714102460440100a0f0b200041047624021004240123022301100641022301410474720b0f00100123007d4280ade2045a10080b2c0020004101470440000b2002410247044041022301410474720f0b2302410010062302100323011005100a0b00d901046e616d650005046d61696e0185010a000a73797374656d2d6e6f77010d6d6f6e6f746f6e69632d6e6f770208776169742d666f72030c7375627461736b2d64726f7004107761697461626c652d7365742d6e657705117761697461626c652d7365742d64726f70060d7761697461626c652d6a6f696e070b7461736b2d72657475726e080672657475726e0a06776169746564022a03080100026f6b0901000573746174650b0300056576656e74010668616e646c6502077061796c6f616407170300066265666f7265010373657402077375627461736b02fc01050101036e6f7700000102036e6f770001155b6173796e632d6c6f7765725d776169742d666f72000201040c7375627461736b2d64726f700003107761697461626c652d7365742d6e65770004117761697461626c652d7365742d64726f7000050d7761697461626c652d6a6f696e00060101105b7461736b2d72657475726e5d72756e0007000105066d656d6f727912001e776173693a636c6f636b732f73797374656d2d636c6f636b40302e332e30120121776173693a636c6f636b732f6d6f6e6f746f6e69632d636c6f636b40302e332e3012020524726f6f7412031a5b6578706f72745d776173693a636c692f72756e40302e332e30120407050143000004061602000001050372756e000001050863616c6c6261636b0809010000080206070905050a010101000372756e01030b18010012776173693a636c692f72756e40302e332e3005030000bd020e636f6d706f6e656e742d6e616d650177000008000a73797374656d2d6e6f77010d6d6f6e6f746f6e69632d6e6f770208776169742d666f72030c7375627461736b2d64726f7004107761697461626c652d7365742d6e657705117761697461626c652d7365742d64726f70060d7761697461626c652d6a6f696e070b7461736b2d72657475726e010b00020100066d656d6f7279011100110200066d656d6f727901046d61696e011100120200066d656d6f727905046d61696e01070101030372756e014803060005747970657301086475726174696f6e020c73797374656d2d636c6f636b030f6d6f6e6f746f6e69632d636c6f636b040a72756e2d726573756c74050872756e2d66756e63012d050400057479706573010c73797374656d2d636c6f636b020f6d6f6e6f746f6e69632d636c6f636b030372756e',
    'component-0.3-env': '0061736d0d0001000724014204016f027373017000014000000104000f6765742d656e7669726f6e6d656e7401020a1f01001a776173693a636c692f656e7669726f6e6d656e7440302e332e30050001c4010061736d0100000001090160047f7f7f7f017f0302010005030100010607017f014180200b071402066d656d6f72790200077265616c6c6f6300000a41013f01027f2300200241016b6a410020026b712104200420036a2400230041ffff036a411076210520053f004b044020053f006b4000417f460440000b0b20040b0044046e616d650007066d656d6f7279022b01000600036f6c6401086f6c642d73697a650205616c69676e030473697a6504037074720505706167657307070100046e657874020401000000062b0300020100066d656d6f727900000100077265616c6c6f630100000f6765742d656e7669726f6e6d656e74080a010100000303000400000704016a000008050109000100018b040061736d0100000001180460017f0060047f7f7f7f017f6000017f60037f7f7f017f026d03066d656d6f7279066d656d6f72790200011a776173693a636c692f656e7669726f6e6d656e7440302e332e300f6765742d656e7669726f6e6d656e7400001a5b6578706f72745d776173693a636c692f72756e40302e332e30105b7461736b2d72657475726e5d72756e00000304030102030712020372756e00030863616c6c6261636b00040a9a010342002001200347044041000f0b024003402001450d0120002d000020022d000047044041000f0b200041016a2100200241016a2102200141016b21010c000b0b41010b5101017f41081000410828020021000240410c2802004101470d002000280200200028020441c000410e1002450d002000280208200028020c41d000411c1002450d004100100141000f0b4101100141000b0300000b0b37020041c0000b0e574153495f50524f42455f5641520041d0000b1c76616c75652077697468207370616365733d616e6420657175616c73008701046e616d650005046d61696e012603000f6765742d656e7669726f6e6d656e74010b7461736b2d72657475726e0205657175616c02390302040001610105612d6c656e0201620305622d6c656e030100046c697374040300056576656e74010668616e646c6502077061796c6f616403160202020104646f6e6502046e6578740301000365727202700301010f6765742d656e7669726f6e6d656e7400010101105b7461736b2d72657475726e5d72756e0002000103066d656d6f727912001a776173693a636c692f656e7669726f6e6d656e7440302e332e3012011a5b6578706f72745d776173693a636c692f72756e40302e332e30120207050143000001061602000001030372756e000001030863616c6c6261636b0809010000030206070402050a010101000372756e01010b18010012776173693a636c692f72756e40302e332e3005010000b4010e636f6d706f6e656e742d6e616d65012a00000300077265616c6c6f63010f6765742d656e7669726f6e6d656e74020b7461736b2d72657475726e010b00020100066d656d6f7279011100110200066d656d6f727901046d61696e011100120200066d656d6f727903046d61696e01070101010372756e01250303000b656e7669726f6e6d656e74010a72756e2d726573756c74020872756e2d66756e6301140502000b656e7669726f6e6d656e74010372756e',
    'component-0.3-exit-err': '0061736d0d000100071d014203016a0000014001067374617475730001000400046578697401010a18010013776173693a636c692f6578697440302e332e3005000609010100000465786974080501010000000704016a00000805010900010001d4010061736d0100000001100360017f006000017f60037f7f7f017f024a0213776173693a636c692f6578697440302e332e30046578697400001a5b6578706f72745d776173693a636c692f72756e40302e332e30105b7461736b2d72657475726e5d72756e000003030201020712020372756e00020863616c6c6261636b00030a12020c00410110004100100141000b0300000b003f046e616d650005046d61696e011402000465786974010b7461736b2d72657475726e021b01030300056576656e74010668616e646c6502077061796c6f61640255030101046578697400000101105b7461736b2d72657475726e5d72756e000100000213776173693a636c692f6578697440302e332e3012001a5b6578706f72745d776173693a636c692f72756e40302e332e30120107050143000001061602000001020372756e000001020863616c6c6261636b0809010000020206070302050a010101000372756e01010b18010012776173693a636c692f72756e40302e332e3005010000750e636f6d706f6e656e742d6e616d650116000002000465786974010b7461736b2d72657475726e010900110100046d61696e010900120102046d61696e01070101010372756e011e0303000465786974010a72756e2d726573756c74020872756e2d66756e63010d0502000465786974010372756e',
    'component-0.3-exit-ok': '0061736d0d000100071d014203016a0000014001067374617475730001000400046578697401010a18010013776173693a636c692f6578697440302e332e3005000609010100000465786974080501010000000704016a00000805010900010001d4010061736d0100000001100360017f006000017f60037f7f7f017f024a0213776173693a636c692f6578697440302e332e30046578697400001a5b6578706f72745d776173693a636c692f72756e40302e332e30105b7461736b2d72657475726e5d72756e000003030201020712020372756e00020863616c6c6261636b00030a12020c00410010004101100141000b0300000b003f046e616d650005046d61696e011402000465786974010b7461736b2d72657475726e021b01030300056576656e74010668616e646c6502077061796c6f61640255030101046578697400000101105b7461736b2d72657475726e5d72756e000100000213776173693a636c692f6578697440302e332e3012001a5b6578706f72745d776173693a636c692f72756e40302e332e30120107050143000001061602000001020372756e000001020863616c6c6261636b0809010000020206070302050a010101000372756e01010b18010012776173693a636c692f72756e40302e332e3005010000750e636f6d706f6e656e742d6e616d650116000002000465786974010b7461736b2d72657475726e010900110100046d61696e010900120102046d61696e01070101010372756e011e0303000465786974010a72756e2d726573756c74020872756e2d66756e63010d0502000465786974010372756e',
    'component-0.3-missing-file': '0061736d0d00010007b60601420f016b7301712506616363657373000007616c726561647900000e6261642d64657363726970746f7200000462757379000008646561646c6f636b00000571756f7461000005657869737400000e66696c652d746f6f2d6c61726765000015696c6c6567616c2d627974652d73657175656e636500000b696e2d70726f677265737300000b696e746572727570746564000007696e76616c6964000002696f00000c69732d6469726563746f72790000046c6f6f7000000e746f6f2d6d616e792d6c696e6b7300000c6d6573736167652d73697a6500000d6e616d652d746f6f2d6c6f6e670000096e6f2d6465766963650000086e6f2d656e7472790000076e6f2d6c6f636b000013696e73756666696369656e742d6d656d6f7279000012696e73756666696369656e742d737061636500000d6e6f742d6469726563746f72790000096e6f742d656d70747900000f6e6f742d7265636f76657261626c6500000b756e737570706f727465640000066e6f2d74747900000e6e6f2d737563682d6465766963650000086f766572666c6f7700000d6e6f742d7065726d697474656400000470697065000009726561642d6f6e6c7900000c696e76616c69642d7365656b00000e746578742d66696c652d6275737900000c63726f73732d6465766963650000056f7468657201000004000a6572726f722d636f646503000104000a64657363726970746f720301016e010e73796d6c696e6b2d666f6c6c6f7704000a706174682d666c616773030004016e0406637265617465096469726563746f7279096578636c7573697665087472756e6361746504000a6f70656e2d666c616773030006016e0604726561640577726974651366696c652d696e746567726974792d73796e6313646174612d696e746567726974792d73796e63147265717565737465642d77726974652d73796e63106d75746174652d6469726563746f727904001064657363726970746f722d666c616773030008016803016903016a010b01020143050473656c660a0a706174682d666c616773050470617468730a6f70656e2d666c6167730705666c61677309000c04001a5b6d6574686f645d64657363726970746f722e6f70656e2d6174010d0a2001001b776173693a66696c6573797374656d2f747970657340302e332e300500060f010300000a64657363726970746f72073c014207020302010104000a64657363726970746f72030000016901016f020273017003014000000404000f6765742d6469726563746f7269657301050a2301001e776173693a66696c6573797374656d2f7072656f70656e7340302e332e30050201c4010061736d0100000001090160047f7f7f7f017f0302010005030100010607017f014180200b071402066d656d6f72790200077265616c6c6f6300000a41013f01027f2300200241016b6a410020026b712104200420036a2400230041ffff036a411076210520053f004b044020053f006b4000417f460440000b0b20040b0044046e616d650007066d656d6f7279022b01000600036f6c6401086f6c642d73697a650205616c69676e030473697a6504037074720505706167657307070100046e657874020401000000062b0300020100066d656d6f727900000100077265616c6c6f630100010f6765742d6469726563746f72696573080a01010000030300040000061f010100001a5b6d6574686f645d64657363726970746f722e6f70656e2d61740811060100010403000400000603010d1f22230704016a00000805010900030001e6080061736d0100000001280760017f0060027f7f017f6000017f60027f7f0060017f017f60047f7f7f7f017f60037f7f7f017f02cd0209066d656d6f7279066d656d6f72790200011e776173693a66696c6573797374656d2f7072656f70656e7340302e332e300f6765742d6469726563746f7269657300001b776173693a66696c6573797374656d2f747970657340302e332e30275b6173796e632d6c6f7765725d5b6d6574686f645d64657363726970746f722e6f70656e2d617400011b776173693a66696c6573797374656d2f747970657340302e332e30195b7265736f757263652d64726f705d64657363726970746f7200000524726f6f740c7375627461736b2d64726f7000000524726f6f74107761697461626c652d7365742d6e657700020524726f6f74117761697461626c652d7365742d64726f7000000524726f6f740d7761697461626c652d6a6f696e00031a5b6578706f72745d776173693a636c692f72756e40302e332e30105b7461736b2d72657475726e5d72756e0000030706040502020206060b027f0141000b7f0141000b0712020372756e000b0863616c6c6261636b000d0adf02060900200045100741000b42002001200347044041000f0b024003402001450d0120002d000020022d000047044041000f0b200041016a2100200241016a2102200141016b21010c000b0b41010b4d01027f411010004110280200210020004110280204410c6c6a210102400340200020014f0d0120002802042000280208411841081009044020002802000f0b2000410c6a21000c000b0b417f0b7001027f100a21002000417f460440410010080f0b41202000360200412441013a0000412841c000360200412c410b360200413041003a0000413141013a0000412041e000100121012001410f714102460440100c0f0b200141047624011004240023012300100641022300410474720b240041e0002d000045044041e4002802001002410010080f0b41e4002d000041134610080b2c0020004101470440000b2002410247044041022300410474720f0b2301410010062301100323001005100c0b0b1f020041c0000b0b6d697373696e672e7478740041180b082f73616e64626f7800b402046e616d650005046d61696e01a0010c000f6765742d6469726563746f7269657301076f70656e2d6174020f64726f702d64657363726970746f72030c7375627461736b2d64726f7004107761697461626c652d7365742d6e657705117761697461626c652d7365742d64726f70060d7761697461626c652d6a6f696e070b7461736b2d72657475726e080672657475726e0905657175616c0a0c66696e642d73616e64626f780c066f70656e6564025305080100026f6b09040001610105612d6c656e0201620305622d6c656e0a020005656e7472790103656e640b020003646972010573746174650d0300056576656e74010668616e646c6502077061796c6f6164031d0209020104646f6e6502046e6578740a0200046e6f6e6501046e657874070f02000373657401077375627461736b02aa020501010f6765742d6469726563746f7269657300010102275b6173796e632d6c6f7765725d5b6d6574686f645d64657363726970746f722e6f70656e2d61740002195b7265736f757263652d64726f705d64657363726970746f72000301040c7375627461736b2d64726f700004107761697461626c652d7365742d6e65770005117761697461626c652d7365742d64726f7000060d7761697461626c652d6a6f696e00070101105b7461736b2d72657475726e5d72756e0008000105066d656d6f727912001e776173693a66696c6573797374656d2f7072656f70656e7340302e332e3012011b776173693a66696c6573797374656d2f747970657340302e332e3012020524726f6f7412031a5b6578706f72745d776173693a636c692f72756e40302e332e30120407050143000003061602000001050372756e000001050863616c6c6261636b0809010000090206070a04050a010101000372756e01020b18010012776173693a636c692f72756e40302e332e3005020000a5020e636f6d706f6e656e742d6e616d6501860100000900077265616c6c6f63010f6765742d6469726563746f7269657302076f70656e2d6174030f64726f702d64657363726970746f72040c7375627461736b2d64726f7005107761697461626c652d7365742d6e657706117761697461626c652d7365742d64726f70070d7761697461626c652d6a6f696e080b7461736b2d72657475726e010b00020100066d656d6f7279011100110200066d656d6f727901046d61696e011100120200066d656d6f727905046d61696e01070101020372756e0135030500057479706573010a64657363726970746f7202087072656f70656e73030a72756e2d726573756c74040872756e2d66756e63011805030005747970657301087072656f70656e73020372756e',
    'component-0.3-preopen-read': '0061736d0d000100079507014218016b7301712506616363657373000007616c726561647900000e6261642d64657363726970746f7200000462757379000008646561646c6f636b00000571756f7461000005657869737400000e66696c652d746f6f2d6c61726765000015696c6c6567616c2d627974652d73657175656e636500000b696e2d70726f677265737300000b696e746572727570746564000007696e76616c6964000002696f00000c69732d6469726563746f72790000046c6f6f7000000e746f6f2d6d616e792d6c696e6b7300000c6d6573736167652d73697a6500000d6e616d652d746f6f2d6c6f6e670000096e6f2d6465766963650000086e6f2d656e7472790000076e6f2d6c6f636b000013696e73756666696369656e742d6d656d6f7279000012696e73756666696369656e742d737061636500000d6e6f742d6469726563746f72790000096e6f742d656d70747900000f6e6f742d7265636f76657261626c6500000b756e737570706f727465640000066e6f2d74747900000e6e6f2d737563682d6465766963650000086f766572666c6f7700000d6e6f742d7065726d697474656400000470697065000009726561642d6f6e6c7900000c696e76616c69642d7365656b00000e746578742d66696c652d6275737900000c63726f73732d6465766963650000056f7468657201000004000a6572726f722d636f646503000104000a64657363726970746f720301017704000866696c6573697a65030004016e010e73796d6c696e6b2d666f6c6c6f7704000a706174682d666c616773030006016e0406637265617465096469726563746f7279096578636c7573697665087472756e6361746504000a6f70656e2d666c616773030008016e0604726561640577726974651366696c652d696e746567726974792d73796e6313646174612d696e746567726974792d73796e63147265717565737465642d77726974652d73796e63106d75746174652d6469726563746f727904001064657363726970746f722d666c61677303000a016803016903016a010d01020143050473656c660c0a706174682d666c616773070470617468730a6f70656e2d666c6167730905666c6167730b000e04001a5b6d6574686f645d64657363726970746f722e6f70656e2d6174010f0166017d016a00010201650111016803016f0210120140020473656c6613066f66667365740500140400225b6d6574686f645d64657363726970746f722e726561642d7669612d73747265616d01150a2001001b776173693a66696c6573797374656d2f747970657340302e332e300500061d020300000a64657363726970746f720300000a6572726f722d636f6465073c014207020302010104000a64657363726970746f72030000016901016f020273017003014000000404000f6765742d6469726563746f7269657301050a2301001e776173693a66696c6573797374656d2f7072656f70656e7340302e332e3005030734014202016d0302696f15696c6c6567616c2d627974652d73657175656e6365047069706504000a6572726f722d636f64650300000a19010014776173693a636c692f747970657340302e332e300504060f010300020a6572726f722d636f64650745014207020302010504000a6572726f722d636f64650300000166017d016a00010101650103014001046461746102000404001077726974652d7669612d73747265616d01050a1a010015776173693a636c692f7374646f757440302e332e30050601c4010061736d0100000001090160047f7f7f7f017f0302010005030100010607017f014180200b071402066d656d6f72790200077265616c6c6f6300000a41013f01027f2300200241016b6a410020026b712104200420036a2400230041ffff036a411076210520053f004b044020053f006b4000417f460440000b0b20040b0044046e616d650007066d656d6f7279022b01000600036f6c6401086f6c642d73697a650205616c69676e030473697a6504037074720505706167657307070100046e65787402040100000006180200020100066d656d6f727900000100077265616c6c6f6307120566017d6a0001026501086a00010565010a0614010100010f6765742d6469726563746f72696573080a01010000030300040000061f010100001a5b6d6574686f645d64657363726970746f722e6f70656e2d6174080b0101000104030004000006062701010000225b6d6574686f645d64657363726970746f722e726561642d7669612d73747265616d08090201000201030003010615010100031077726974652d7669612d73747265616d082d0e010003000e070f07020300061007020300061307140716090303000400061a09160b020300061a0b0d1f22230704016a000008050109000c000194130061736d0100000001320960017f0060027f7f017f60037f7e7f0060017f017f6000017e60037f7f7f017f6000017f60027f7f0060047f7f7f7f017f02a10514066d656d6f7279066d656d6f72790200011e776173693a66696c6573797374656d2f7072656f70656e7340302e332e300f6765742d6469726563746f7269657300001b776173693a66696c6573797374656d2f747970657340302e332e30275b6173796e632d6c6f7765725d5b6d6574686f645d64657363726970746f722e6f70656e2d617400011b776173693a66696c6573797374656d2f747970657340302e332e30225b6d6574686f645d64657363726970746f722e726561642d7669612d73747265616d00021b776173693a66696c6573797374656d2f747970657340302e332e30195b7265736f757263652d64726f705d64657363726970746f72000015776173693a636c692f7374646f757440302e332e301077726974652d7669612d73747265616d00030524726f6f740a73747265616d2d6e657700040524726f6f740b73747265616d2d7265616400050524726f6f740c73747265616d2d777269746500050524726f6f741473747265616d2d64726f702d7265616461626c6500000524726f6f741473747265616d2d64726f702d7772697461626c6500000524726f6f741066696c652d6675747572652d7265616400010524726f6f741966696c652d6675747572652d64726f702d7265616461626c6500000524726f6f740f6f75742d6675747572652d7265616400010524726f6f74186f75742d6675747572652d64726f702d7265616461626c6500000524726f6f740c7375627461736b2d64726f7000000524726f6f74107761697461626c652d7365742d6e657700060524726f6f74117761697461626c652d7365742d64726f7000000524726f6f740d7761697461626c652d6a6f696e00071a5b6578706f72745d776173693a636c692f72756e40302e332e30105b7461736b2d72657475726e5d72756e000003100f060308060606060306030603060305063a0b7f004180100b7f004180020b7f0141000b7f0141000b7f0141000b7f0141000b7f0141000b7f0141000b7f0141000b7f0141000b7f0141000b0712020372756e00170863616c6c6261636b00210a8e060f0a0041022302410474720b0900200045101241000b42002001200347044041000f0b024003402001450d0120002d000020022d000047044041000f0b200041016a2100200241016a2102200141016b21010c000b0b41010b4d01027f411010004110280200210020004110280204410c6c6a210102400340200020014f0d0120002802042000280208411841081015044020002802000f0b2000410c6a21000c000b0b417f0b6a01027f101621002000417f460440410010140f0b100f240241202000360200412441013a0000412841c000360200412c4109360200413041003a0000413141013a0000412041e000100121012001410f71410246044010180f0b2001410476240323032302101110130b390041e0002d00000440410010140f0b41e40028020024042304420041f800100241f800280200240541fc00280200240623052302101110190b3701017f0340230723014f0440410010140f0b2305230023076a230123076b100621002000417f46044010130f0b2000101a0d000b101b0b1200230720004104766a24072000410f71450b2c01017f230541001011230510082306418001100a21002000417f46044023062302101110130f0b2000101c0b4101017e2306410010112306100b230410032000410f714180012d0000720440410010140f0b100521012001422088a724082001a710042409230823021011101d0b3b01017f0340230a230749044023082300230a6a2307230a6b100721002000417f46044010130f0b2000101e450440410010140f0b0c010b0b101f0b1200230a20004104766a240a2000410f71450b2c01017f23084100101123081009230941a001100c21002000417f46044023092302101110130f0b200010200b20002309410010112309100d230210102000410f714541a0012d0000457110140b6a00200041014604402002410247044010130f0b2303410010112303100e10180f0b200041024604402002101a044010190f0b101b0f0b200041034604402002101e450440410010140f0b101d0f0b20004104460440200123064604402002101c0f0b200210200f0b000b0b1d020041c0000b09696e7075742e7478740041180b082f73616e64626f78009f06046e616d650005046d61696e01cd0320000f6765742d6469726563746f7269657301076f70656e2d6174020f726561642d7669612d73747265616d030f64726f702d64657363726970746f72041077726974652d7669612d73747265616d050a73747265616d2d6e6577060b73747265616d2d72656164070c73747265616d2d7772697465081473747265616d2d64726f702d7265616461626c65091473747265616d2d64726f702d7772697461626c650a1066696c652d6675747572652d726561640b1966696c652d6675747572652d64726f702d7265616461626c650c0f6f75742d6675747572652d726561640d186f75742d6675747572652d64726f702d7265616461626c650e0c7375627461736b2d64726f700f107761697461626c652d7365742d6e657710117761697461626c652d7365742d64726f70110d7761697461626c652d6a6f696e120b7461736b2d72657475726e130477616974140672657475726e1505657175616c160c66696e642d73616e64626f7818066f70656e65641909726561642d66696c651a087761732d726561641b0a66696c652d656e6465641c0966696c652d646f6e651d0977726974652d6f75741e0b7761732d7772697474656e1f096f75742d656e64656420086f75742d646f6e6502a9010d140100026f6b15040001610105612d6c656e0201620305622d6c656e16020005656e7472790103656e64170200036469720105737461746519010006636f706965641a010006636f706965641b0100067374617475731c0200067374617475730104656e64731d010006636f706965641e010006636f706965641f01000673746174757320010006737461747573210300056576656e74010668616e646c6502077061796c6f6164032d0415020104646f6e6502046e657874160200046e6f6e6501046e657874190100046e6578741d0100046e65787407660b000662756666657201086361706163697479020373657403077375627461736b040466696c65050b66696c652d73747265616d060b66696c652d66757475726507047265616408087772697461626c65090a6f75742d6675747572650a077772697474656e02b0040601010f6765742d6469726563746f7269657300010103275b6173796e632d6c6f7765725d5b6d6574686f645d64657363726970746f722e6f70656e2d61740002225b6d6574686f645d64657363726970746f722e726561642d7669612d73747265616d0003195b7265736f757263652d64726f705d64657363726970746f72000401011077726974652d7669612d73747265616d0005010d0a73747265616d2d6e657700060b73747265616d2d7265616400070c73747265616d2d777269746500081473747265616d2d64726f702d7265616461626c6500091473747265616d2d64726f702d7772697461626c65000a1066696c652d6675747572652d72656164000b1966696c652d6675747572652d64726f702d7265616461626c65000c0f6f75742d6675747572652d72656164000d186f75742d6675747572652d64726f702d7265616461626c65000e0c7375627461736b2d64726f70000f107761697461626c652d7365742d6e65770010117761697461626c652d7365742d64726f7000110d7761697461626c652d6a6f696e00120101105b7461736b2d72657475726e5d72756e0013000106066d656d6f727912001e776173693a66696c6573797374656d2f7072656f70656e7340302e332e3012011b776173693a66696c6573797374656d2f747970657340302e332e30120215776173693a636c692f7374646f757440302e332e3012030524726f6f7412041a5b6578706f72745d776173693a636c692f72756e40302e332e3012050705014300000c061602000001060372756e000001060863616c6c6261636b080901000014020607150d050a010101000372756e01040b18010012776173693a636c692f72756e40302e332e3005040000ee040e636f6d706f6e656e742d6e616d6501d40200001400077265616c6c6f63010f6765742d6469726563746f7269657302076f70656e2d6174030f726561642d7669612d73747265616d040f64726f702d64657363726970746f72051077726974652d7669612d73747265616d060a73747265616d2d6e6577070b73747265616d2d72656164080c73747265616d2d7772697465091473747265616d2d64726f702d7265616461626c650a1473747265616d2d64726f702d7772697461626c650b1066696c652d6675747572652d726561640c1966696c652d6675747572652d64726f702d7265616461626c650d0f6f75742d6675747572652d726561640e186f75742d6675747572652d64726f702d7265616461626c650f0c7375627461736b2d64726f7010107761697461626c652d7365742d6e657711117761697461626c652d7365742d64726f70120d7761697461626c652d6a6f696e130b7461736b2d72657475726e010b00020100066d656d6f7279011100110200066d656d6f727901046d61696e011100120200066d656d6f727906046d61696e01070101040372756e019c01030e00057479706573010a64657363726970746f72020d66732d6572726f722d636f646503087072656f70656e730409636c692d7479706573050e636c692d6572726f722d636f646506067374646f757407056279746573080b66696c652d737461747573090966696c652d646f6e650a0a6f75742d7374617475730b086f75742d646f6e650c0a72756e2d726573756c740d0872756e2d66756e63012b05050005747970657301087072656f70656e730209636c692d747970657303067374646f7574040372756e',
    'component-0.3-preopen-write': '0061736d0d000100079707014217016b7301712506616363657373000007616c726561647900000e6261642d64657363726970746f7200000462757379000008646561646c6f636b00000571756f7461000005657869737400000e66696c652d746f6f2d6c61726765000015696c6c6567616c2d627974652d73657175656e636500000b696e2d70726f677265737300000b696e746572727570746564000007696e76616c6964000002696f00000c69732d6469726563746f72790000046c6f6f7000000e746f6f2d6d616e792d6c696e6b7300000c6d6573736167652d73697a6500000d6e616d652d746f6f2d6c6f6e670000096e6f2d6465766963650000086e6f2d656e7472790000076e6f2d6c6f636b000013696e73756666696369656e742d6d656d6f7279000012696e73756666696369656e742d737061636500000d6e6f742d6469726563746f72790000096e6f742d656d70747900000f6e6f742d7265636f76657261626c6500000b756e737570706f727465640000066e6f2d74747900000e6e6f2d737563682d6465766963650000086f766572666c6f7700000d6e6f742d7065726d697474656400000470697065000009726561642d6f6e6c7900000c696e76616c69642d7365656b00000e746578742d66696c652d6275737900000c63726f73732d6465766963650000056f7468657201000004000a6572726f722d636f646503000104000a64657363726970746f720301017704000866696c6573697a65030004016e010e73796d6c696e6b2d666f6c6c6f7704000a706174682d666c616773030006016e0406637265617465096469726563746f7279096578636c7573697665087472756e6361746504000a6f70656e2d666c616773030008016e0604726561640577726974651366696c652d696e746567726974792d73796e6313646174612d696e746567726974792d73796e63147265717565737465642d77726974652d73796e63106d75746174652d6469726563746f727904001064657363726970746f722d666c61677303000a016803016903016a010d01020143050473656c660c0a706174682d666c616773070470617468730a6f70656e2d666c6167730905666c6167730b000e04001a5b6d6574686f645d64657363726970746f722e6f70656e2d6174010f0166017d016a000102016501110168030140030473656c6613046461746110066f66667365740500120400235b6d6574686f645d64657363726970746f722e77726974652d7669612d73747265616d01140a2001001b776173693a66696c6573797374656d2f747970657340302e332e300500061d020300000a64657363726970746f720300000a6572726f722d636f6465073c014207020302010104000a64657363726970746f72030000016901016f020273017003014000000404000f6765742d6469726563746f7269657301050a2301001e776173693a66696c6573797374656d2f7072656f70656e7340302e332e30050301c4010061736d0100000001090160047f7f7f7f017f0302010005030100010607017f014180200b071402066d656d6f72790200077265616c6c6f6300000a41013f01027f2300200241016b6a410020026b712104200420036a2400230041ffff036a411076210520053f004b044020053f006b4000417f460440000b0b20040b0044046e616d650007066d656d6f7279022b01000600036f6c6401086f6c642d73697a650205616c69676e030473697a6504037074720505706167657307070100046e65787402040100000006180200020100066d656d6f727900000100077265616c6c6f63070b0366017d6a0001026501050614010100010f6765742d6469726563746f72696573080a01010000030300040000061f010100001a5b6d6574686f645d64657363726970746f722e6f70656e2d6174080b0101000104030004000006062801010000235b6d6574686f645d64657363726970746f722e77726974652d7669612d73747265616d081f0b0100020003010e04100402030006140416060303000400061a060d1f22230704016a000008050109000700018e0f0061736d0100000001330960017f0060027f7f017f60037f7f7e017f6000017e60037f7f7f017f6000017f60027f7f0060017f017f60047f7f7f7f017f0285040f066d656d6f7279066d656d6f72790200011e776173693a66696c6573797374656d2f7072656f70656e7340302e332e300f6765742d6469726563746f7269657300001b776173693a66696c6573797374656d2f747970657340302e332e30275b6173796e632d6c6f7765725d5b6d6574686f645d64657363726970746f722e6f70656e2d617400011b776173693a66696c6573797374656d2f747970657340302e332e30235b6d6574686f645d64657363726970746f722e77726974652d7669612d73747265616d00021b776173693a66696c6573797374656d2f747970657340302e332e30195b7265736f757263652d64726f705d64657363726970746f7200000524726f6f740a73747265616d2d6e657700030524726f6f740c73747265616d2d777269746500040524726f6f741473747265616d2d64726f702d7772697461626c6500000524726f6f740b6675747572652d7265616400010524726f6f74146675747572652d64726f702d7265616461626c6500000524726f6f740c7375627461736b2d64726f7000000524726f6f74107761697461626c652d7365742d6e657700050524726f6f74117761697461626c652d7365742d64726f7000000524726f6f740d7761697461626c652d6a6f696e00061a5b6578706f72745d776173693a636c692f72756e40302e332e30105b7461736b2d72657475726e5d72756e0000030c0b0507080505050507050704062e097f0041020b7f0141000b7f0141000b7f0141000b7f0141000b7f0141000b7f01417f0b7f0141000b7f0141000b0712020372756e00120863616c6c6261636b00180ae8040b0a0041022301410474720b0900200045100d41000b42002001200347044041000f0b024003402001450d0120002d000020022d000047044041000f0b200041016a2100200241016a2102200141016b21010c000b0b41010b4d01027f411010004110280200210020004110280204410c6c6a210102400340200020014f0d0120002802042000280208411841081010044020002802000f0b2000410c6a21000c000b0b417f0b6a01027f101121002000417f4604404100100f0f0b100a240141202000360200412441013a0000412841c000360200412c410a360200413041093a0000413141023a0000412041e000100121012001410f71410246044010130f0b2001410476240223022301100c100e0b3901017e41e0002d000004404100100f0f0b41e4002802002403100421002000422088a7240423032000a742001002240523042301100c10140b6001017f03402308450440230641016a24062306230046044010160f0b41f80023064103746a280200240741f80023064103746a28020424080b230423072308100521002000417f460440100e0f0b200010154504404100100f0f0b0c000b000b1f01017f20004104762101230720016a2407230820016b24082000410f71450b2c01017f23044100100c230410062305418001100721002000417f46044023052301100c100e0f0b200010170b240023054100100c23051008230310032301100b2000410f71454180012d00004571100f0b48002000410146044020024102470440100e0f0b23024100100c2302100910130f0b20004103460440200210154504404100100f0f0b10140f0b20004104460440200210170f0b000b0b50040041c0000b0a6f75747075742e7478740041f8000b10a00000000b000000ab0000000b0000000041a0010b167772697474656e20627920776173692d70726f62650a0041180b082f73616e64626f7800b704046e616d650005046d61696e01b20217000f6765742d6469726563746f7269657301076f70656e2d6174021077726974652d7669612d73747265616d030f64726f702d64657363726970746f72040a73747265616d2d6e6577050c73747265616d2d7772697465061473747265616d2d64726f702d7772697461626c65070b6675747572652d7265616408146675747572652d64726f702d7265616461626c65090c7375627461736b2d64726f700a107761697461626c652d7365742d6e65770b117761697461626c652d7365742d64726f700c0d7761697461626c652d6a6f696e0d0b7461736b2d72657475726e0e04776169740f0672657475726e1005657175616c110c66696e642d73616e64626f7813066f70656e656414057772697465150577726f7465160a656e642d73747265616d170b6675747572652d646f6e65028a010a0f0100026f6b10040001610105612d6c656e0201620305622d6c656e11020005656e7472790103656e64120200036469720105737461746513010004656e647314010006636f7069656415020006636f706965640105636f756e741601000673746174757317010006737461747573180300056576656e74010668616e646c6502077061796c6f616403250310020104646f6e6502046e657874110200046e6f6e6501046e657874140100046e65787407400900066368756e6b73010373657402077375627461736b030466696c6504087772697461626c65050666757475726506056368756e6b0702617408046c65667402a8030501010f6765742d6469726563746f7269657300010103275b6173796e632d6c6f7765725d5b6d6574686f645d64657363726970746f722e6f70656e2d61740002235b6d6574686f645d64657363726970746f722e77726974652d7669612d73747265616d0003195b7265736f757263652d64726f705d64657363726970746f72000401090a73747265616d2d6e657700050c73747265616d2d777269746500061473747265616d2d64726f702d7772697461626c6500070b6675747572652d726561640008146675747572652d64726f702d7265616461626c6500090c7375627461736b2d64726f70000a107761697461626c652d7365742d6e6577000b117761697461626c652d7365742d64726f70000c0d7761697461626c652d6a6f696e000d0101105b7461736b2d72657475726e5d72756e000e000105066d656d6f727912001e776173693a66696c6573797374656d2f7072656f70656e7340302e332e3012011b776173693a66696c6573797374656d2f747970657340302e332e3012020524726f6f7412031a5b6578706f72745d776173693a636c692f72756e40302e332e30120407050143000007061602000001050372756e000001050863616c6c6261636b08090100000f0206071008050a010101000372756e01030b18010012776173693a636c692f72756e40302e332e3005020000b8030e636f6d706f6e656e742d6e616d6501eb0100000f00077265616c6c6f63010f6765742d6469726563746f7269657302076f70656e2d6174031077726974652d7669612d73747265616d040f64726f702d64657363726970746f72050a73747265616d2d6e6577060c73747265616d2d7772697465071473747265616d2d64726f702d7772697461626c65080b6675747572652d7265616409146675747572652d64726f702d7265616461626c650a0c7375627461736b2d64726f700b107761697461626c652d7365742d6e65770c117761697461626c652d7365742d64726f700d0d7761697461626c652d6a6f696e0e0b7461736b2d72657475726e010b00020100066d656d6f7279011100110200066d656d6f727901046d61696e011100120200066d656d6f727905046d61696e01070101030372756e0163030900057479706573010a64657363726970746f72020d66732d6572726f722d636f646503087072656f70656e7304056279746573050b66696c652d737461747573060966696c652d646f6e65070a72756e2d726573756c74080872756e2d66756e63011805030005747970657301087072656f70656e73020372756e',
    'component-0.3-random': '0061736d0d000100074101420501707d014001076d61782d6c656e7700000400106765742d72616e646f6d2d62797465730101014000007704000e6765742d72616e646f6d2d75363401020a1d010018776173693a72616e646f6d2f72616e646f6d40302e332e30050001c4010061736d0100000001090160047f7f7f7f017f0302010005030100010607017f014180200b071402066d656d6f72790200077265616c6c6f6300000a41013f01027f2300200241016b6a410020026b712104200420036a2400230041ffff036a411076210520053f004b044020053f006b4000417f460440000b0b20040b0044046e616d650007066d656d6f7279022b01000600036f6c6401086f6c642d73697a650205616c69676e030473697a6504037074720505706167657307070100046e657874020401000000062c0300020100066d656d6f727900000100077265616c6c6f63010000106765742d72616e646f6d2d627974657308090101000002030004000613010100000e6765742d72616e646f6d2d753634080501010001000704016a0000080501090001000196050061736d0100000001260760027e7f006000017e60017f0060047f7f7f7f017f60017f017f6000017f60037f7f7f017f02960104066d656d6f7279066d656d6f727902000118776173693a72616e646f6d2f72616e646f6d40302e332e30106765742d72616e646f6d2d6279746573000018776173693a72616e646f6d2f72616e646f6d40302e332e300e6765742d72616e646f6d2d75363400011a5b6578706f72745d776173693a636c692f72756e40302e332e30105b7461736b2d72657475726e5d72756e0002030504030405060712020372756e00050863616c6c6261636b00060af1010442002001200347044041000f0b024003402001450d0120002d000020022d000047044041000f0b200041016a2100200241016a2102200141016b21010c000b0b41010b6201037f412021010340200145044041010f0b200341c00046044041000f0b200341016a21032001ad41081000410c2802002102200245200220014b72044041000f0b200041082802002002fc0a0000200020026a2100200120026b21010c000b000b4500024041c0001004450d0041e0001004450d0041c0004120418001412010030d0041c000412041e000412010030d0010011001510d004100100241000f0b4101100241000b0300000b00bb01046e616d650005046d61696e013d0500106765742d72616e646f6d2d6279746573010e6765742d72616e646f6d2d753634020b7461736b2d72657475726e0305657175616c040466696c6c024d0303040001610105612d6c656e0201620305622d6c656e04040004696e746f01046c6566740205636f756e7403057472696573060300056576656e74010668616e646c6502077061796c6f6164031f0303020104646f6e6502046e65787404010005616761696e05010003657272028001030102106765742d72616e646f6d2d627974657300010e6765742d72616e646f6d2d75363400020101105b7461736b2d72657475726e5d72756e0003000103066d656d6f7279120018776173693a72616e646f6d2f72616e646f6d40302e332e3012011a5b6578706f72745d776173693a636c692f72756e40302e332e30120207050143000001061602000001030372756e000001030863616c6c6261636b0809010000040206070502050a010101000372756e01020b18010012776173693a636c692f72756e40302e332e3005010000bb010e636f6d706f6e656e742d6e616d65013b00000400077265616c6c6f6301106765742d72616e646f6d2d6279746573020e6765742d72616e646f6d2d753634030b7461736b2d72657475726e010b00020100066d656d6f7279011100110200066d656d6f727901046d61696e011100120200066d656d6f727903046d61696e01070101020372756e01200303000672616e646f6d010a72756e2d726573756c74020872756e2d66756e63010f0502000672616e646f6d010372756e',
    'component-0.3-run-err': '0061736d0d0001000704016a00000805010900000001af010061736d0100000001100360017f006000017f60037f7f7f017f022f011a5b6578706f72745d776173693a636c692f72756e40302e332e30105b7461736b2d72657475726e5d72756e000003030201020712020372756e00010863616c6c6261636b00020a0e0208004101100041000b0300000b0039046e616d650005046d61696e010e01000b7461736b2d72657475726e021b01020300056576656e74010668616e646c6502077061796c6f61640236020101105b7461736b2d72657475726e5d72756e00000000011a5b6578706f72745d776173693a636c692f72756e40302e332e30120007050143000000061602000001010372756e000001010863616c6c6261636b0809010000010206070201050a010101000372756e01000b18010012776173693a636c692f72756e40302e332e3005000000630e636f6d706f6e656e742d6e616d650110000001000b7461736b2d72657475726e010900110100046d61696e010900120101046d61696e01070101000372756e01180302000a72756e2d726573756c74010872756e2d66756e6301070501000372756e',
    'component-0.3-run': '0061736d0d0001000704016a00000805010900000001af010061736d0100000001100360017f006000017f60037f7f7f017f022f011a5b6578706f72745d776173693a636c692f72756e40302e332e30105b7461736b2d72657475726e5d72756e000003030201020712020372756e00010863616c6c6261636b00020a0e0208004100100041000b0300000b0039046e616d650005046d61696e010e01000b7461736b2d72657475726e021b01020300056576656e74010668616e646c6502077061796c6f61640236020101105b7461736b2d72657475726e5d72756e00000000011a5b6578706f72745d776173693a636c692f72756e40302e332e30120007050143000000061602000001010372756e000001010863616c6c6261636b0809010000010206070201050a010101000372756e01000b18010012776173693a636c692f72756e40302e332e3005000000630e636f6d706f6e656e742d6e616d650110000001000b7461736b2d72657475726e010900110100046d61696e010900120101046d61696e01070101000372756e01180302000a72756e2d726573756c74010872756e2d66756e6301070501000372756e',
    'component-0.3-stderr': '0061736d0d0001000734014202016d0302696f15696c6c6567616c2d627974652d73657175656e6365047069706504000a6572726f722d636f64650300000a19010014776173693a636c692f747970657340302e332e300500060f010300000a6572726f722d636f64650745014207020302010104000a6572726f722d636f64650300000166017d016a00010101650103014001046461746102000404001077726974652d7669612d73747265616d01050a1a010015776173693a636c692f73746465727240302e332e30050201290061736d010000000503010001070a01066d656d6f72790200000e046e616d650007066d656d6f7279020401000000060c0100020100066d656d6f7279070b0366017d6a0001016501040615010100011077726974652d7669612d73747265616d081a09010000000e0310030203000614031605020300061a051f22230704016a0000080501090006000197090061736d0100000001240760017f017f6000017e60037f7f7f017f60017f0060027f7f017f6000017f60027f7f0002a8020b066d656d6f7279066d656d6f727902000115776173693a636c692f73746465727240302e332e301077726974652d7669612d73747265616d00000524726f6f740a73747265616d2d6e657700010524726f6f740c73747265616d2d777269746500020524726f6f741473747265616d2d64726f702d7772697461626c6500030524726f6f740b6675747572652d7265616400040524726f6f74146675747572652d64726f702d7265616461626c6500030524726f6f74107761697461626c652d7365742d6e657700050524726f6f74117761697461626c652d7365742d64726f7000030524726f6f740d7761697461626c652d6a6f696e00061a5b6578706f72745d776173693a636c692f72756e40302e332e30105b7461736b2d72657475726e5d72756e000303090805050005000500020629087f0041020b7f0041100b7f0141000b7f0141000b7f0141000b7f01417f0b7f0141000b7f0141000b0712020372756e000a0863616c6c6261636b00110aae02082301017e100121002000422088a724032000a71000240410062402230323021008100d0b0a0041022302410474720b0900200045100941000b5e01017f03402307450440230541016a240523052300460440100f0f0b412023054103746a2802002406412023054103746a28020424070b230323062307100221002000417f460440100b0f0b2000100e4504404100100c0f0b0c000b000b1f01017f20004104762101230620016a2406230720016b24072000410f71450b2b01017f2303410010082303100323042301100421002000417f460440230423021008100b0f0b200010100b1f0023044100100823041005230210072000410f714523012d00004571100c0b2800200041034604402002100e4504404100100c0f0b100d0f0b20004104460440200210100f0b000b0b31020041200b10400000000b0000004b0000000a0000000041c0000b15776173692d70726f626520737464657272206f6b0a008d03046e616d650005046d61696e01dc0110001077726974652d7669612d73747265616d010a73747265616d2d6e6577020c73747265616d2d7772697465031473747265616d2d64726f702d7772697461626c65040b6675747572652d7265616405146675747572652d64726f702d7265616461626c6506107761697461626c652d7365742d6e657707117761697461626c652d7365742d64726f70080d7761697461626c652d6a6f696e090b7461736b2d72657475726e0b04776169740c0672657475726e0d0577726974650e0577726f74650f0a656e642d73747265616d100b6675747572652d646f6e650254070a010004656e64730c0100026f6b0d010006636f706965640e020006636f706965640105636f756e740f010004726561641001000472656164110300056576656e74010668616e646c6502077061796c6f61640309010d0100046e657874073f0800066368756e6b73010c6675747572652d76616c7565020373657403087772697461626c65040666757475726505056368756e6b0602617407046c6566740285020401011077726974652d7669612d73747265616d000001080a73747265616d2d6e657700010c73747265616d2d777269746500021473747265616d2d64726f702d7772697461626c6500030b6675747572652d726561640004146675747572652d64726f702d7265616461626c650005107761697461626c652d7365742d6e65770006117761697461626c652d7365742d64726f7000070d7761697461626c652d6a6f696e00080101105b7461736b2d72657475726e5d72756e0009000104066d656d6f7279120015776173693a636c692f73746465727240302e332e3012010524726f6f7412021a5b6578706f72745d776173693a636c692f72756e40302e332e30120307050143000006061602000001040372756e000001040863616c6c6261636b08090100000a0206070b07050a010101000372756e01010b18010012776173693a636c692f72756e40302e332e3005020000d8020e636f6d706f6e656e742d6e616d6501a90100000a001077726974652d7669612d73747265616d010a73747265616d2d6e6577020c73747265616d2d7772697465031473747265616d2d64726f702d7772697461626c65040b6675747572652d7265616405146675747572652d64726f702d7265616461626c6506107761697461626c652d7365742d6e657707117761697461626c652d7365742d64726f70080d7761697461626c652d6a6f696e090b7461736b2d72657475726e010b00020100066d656d6f7279011100110200066d656d6f727901046d61696e011100120200066d656d6f727904046d61696e01070101010372756e0147030800057479706573010a6572726f722d636f6465020673746465727203046461746104067374617475730504646f6e65060a72756e2d726573756c74070872756e2d66756e6301160503000574797065730106737464657272020372756e',
    'component-0.3-stdin': '0061736d0d0001000734014202016d0302696f15696c6c6567616c2d627974652d73657175656e6365047069706504000a6572726f722d636f64650300000a19010014776173693a636c692f747970657340302e332e300500060f010300000a6572726f722d636f64650743014208020302010104000a6572726f722d636f64650300000166017d016a00010101650103016f020204014000000504000f726561642d7669612d73747265616d01060a19010014776173693a636c692f737464696e40302e332e30050201290061736d010000000503010001070a01066d656d6f72790200000e046e616d650007066d656d6f7279020401000000060c0100020100066d656d6f7279070b0366017d6a0001016501040614010100010f726561642d7669612d73747265616d081a080100000103000f030203000613031605020300061a051f22230704016a0000080501090006000191090061736d0100000001280760017f0060037f7f7f017f60027f7f017f6000017f60027f7f0060017f017f60047f7f7f7f017f0292020a066d656d6f7279066d656d6f727902000114776173693a636c692f737464696e40302e332e300f726561642d7669612d73747265616d00000524726f6f740b73747265616d2d7265616400010524726f6f741473747265616d2d64726f702d7265616461626c6500000524726f6f740b6675747572652d7265616400020524726f6f74146675747572652d64726f702d7265616461626c6500000524726f6f74107761697461626c652d7365742d6e657700030524726f6f74117761697461626c652d7365742d64726f7000000524726f6f740d7761697461626c652d6a6f696e00041a5b6578706f72745d776173693a636c692f72756e40302e332e30105b7461736b2d72657475726e5d72756e0000030a090305060303050305010621067f004180100b7f004180020b7f0141000b7f0141000b7f0141000b7f0141000b0712020372756e000c0863616c6c6261636b00110acb02090a0041022302410474720b0900200045100841000b42002001200347044041000f0b024003402001450d0120002d000020022d000047044041000f0b200041016a2100200241016a2102200141016b21010c000b0b41010b2000100524024108100041082802002403410c2802002404230323021007100d0b3701017f0340230523014f04404100100a0f0b2303230023056a230123056b100121002000417f46044010090f0b2000100e0d000b100f0b1200230520004104766a24052000410f71450b3f01017f230341001007230310022300230541c0004116100b4504404100100a0f0b23044110100321002000417f46044023042302100710090f0b200010100b1f0023044100100723041004230210062000410f714541102d00004571100a0b2500200041024604402002100e0440100d0f0b100f0f0b20004104460440200210100f0b000b0b1d010041c0000b16776173692d70726f626520737464696e206c696e650a009703046e616d650005046d61696e01de0110000f726561642d7669612d73747265616d010b73747265616d2d72656164021473747265616d2d64726f702d7265616461626c65030b6675747572652d7265616404146675747572652d64726f702d7265616461626c6505107761697461626c652d7365742d6e657706117761697461626c652d7365742d64726f70070d7761697461626c652d6a6f696e080b7461736b2d72657475726e0904776169740a0672657475726e0b05657175616c0d0a726561642d737464696e0e087761732d726561640f0b737464696e2d656e646564100b6675747572652d646f6e65025f070a0100026f6b0b040001610105612d6c656e0201620305622d6c656e0d010006636f706965640e010006636f706965640f01000673746174757310010006737461747573110300056576656e74010668616e646c6502077061796c6f61640317020b020104646f6e6502046e6578740d0100046e657874072e060006627566666572010863617061636974790203736574030673747265616d040666757475726505047265616402f5010401010f726561642d7669612d73747265616d000001070b73747265616d2d7265616400011473747265616d2d64726f702d7265616461626c6500020b6675747572652d726561640003146675747572652d64726f702d7265616461626c650004107761697461626c652d7365742d6e65770005117761697461626c652d7365742d64726f7000060d7761697461626c652d6a6f696e00070101105b7461736b2d72657475726e5d72756e0008000104066d656d6f7279120014776173693a636c692f737464696e40302e332e3012010524726f6f7412021a5b6578706f72745d776173693a636c692f72756e40302e332e30120307050143000006061602000001040372756e000001040863616c6c6261636b0809010000090206070a07050a010101000372756e01010b18010012776173693a636c692f72756e40302e332e3005020000d1020e636f6d706f6e656e742d6e616d65019b01000009000f726561642d7669612d73747265616d010b73747265616d2d72656164021473747265616d2d64726f702d7265616461626c65030b6675747572652d7265616404146675747572652d64726f702d7265616461626c6505107761697461626c652d7365742d6e657706117761697461626c652d7365742d64726f70070d7761697461626c652d6a6f696e080b7461736b2d72657475726e010b00020100066d656d6f7279011100110200066d656d6f727901046d61696e011100120200066d656d6f727904046d61696e01070101010372756e014b03080009636c692d7479706573010a6572726f722d636f64650205737464696e0305627974657304067374617475730504646f6e65060a72756e2d726573756c74070872756e2d66756e63011905030009636c692d74797065730105737464696e020372756e',
    'component-0.3-stdout': '0061736d0d0001000734014202016d0302696f15696c6c6567616c2d627974652d73657175656e6365047069706504000a6572726f722d636f64650300000a19010014776173693a636c692f747970657340302e332e300500060f010300000a6572726f722d636f64650745014207020302010104000a6572726f722d636f64650300000166017d016a00010101650103014001046461746102000404001077726974652d7669612d73747265616d01050a1a010015776173693a636c692f7374646f757440302e332e30050201290061736d010000000503010001070a01066d656d6f72790200000e046e616d650007066d656d6f7279020401000000060c0100020100066d656d6f7279070b0366017d6a0001016501040615010100011077726974652d7669612d73747265616d081a09010000000e0310030203000614031605020300061a051f22230704016a0000080501090006000190090061736d0100000001240760017f017f6000017e60037f7f7f017f60017f0060027f7f017f6000017f60027f7f0002a8020b066d656d6f7279066d656d6f727902000115776173693a636c692f7374646f757440302e332e301077726974652d7669612d73747265616d00000524726f6f740a73747265616d2d6e657700010524726f6f740c73747265616d2d777269746500020524726f6f741473747265616d2d64726f702d7772697461626c6500030524726f6f740b6675747572652d7265616400040524726f6f74146675747572652d64726f702d7265616461626c6500030524726f6f74107761697461626c652d7365742d6e657700050524726f6f74117761697461626c652d7365742d64726f7000030524726f6f740d7761697461626c652d6a6f696e00061a5b6578706f72745d776173693a636c692f72756e40302e332e30105b7461736b2d72657475726e5d72756e000303090805050005000500020629087f0041020b7f0041100b7f0141000b7f0141000b7f0141000b7f01417f0b7f0141000b7f0141000b0712020372756e000a0863616c6c6261636b00110aae02082301017e100121002000422088a724032000a71000240410062402230323021008100d0b0a0041022302410474720b0900200045100941000b5e01017f03402307450440230541016a240523052300460440100f0f0b412023054103746a2802002406412023054103746a28020424070b230323062307100221002000417f460440100b0f0b2000100e4504404100100c0f0b0c000b000b1f01017f20004104762101230620016a2406230720016b24072000410f71450b2b01017f2303410010082303100323042301100421002000417f460440230423021008100b0f0b200010100b1f0023044100100823041005230210072000410f714523012d00004571100c0b2800200041034604402002100e4504404100100c0f0b100d0f0b20004104460440200210100f0b000b0b2a020041200b10400000000b0000004b000000030000000041c0000b0e776173692d70726f6265206f6b0a008d03046e616d650005046d61696e01dc0110001077726974652d7669612d73747265616d010a73747265616d2d6e6577020c73747265616d2d7772697465031473747265616d2d64726f702d7772697461626c65040b6675747572652d7265616405146675747572652d64726f702d7265616461626c6506107761697461626c652d7365742d6e657707117761697461626c652d7365742d64726f70080d7761697461626c652d6a6f696e090b7461736b2d72657475726e0b04776169740c0672657475726e0d0577726974650e0577726f74650f0a656e642d73747265616d100b6675747572652d646f6e650254070a010004656e64730c0100026f6b0d010006636f706965640e020006636f706965640105636f756e740f010004726561641001000472656164110300056576656e74010668616e646c6502077061796c6f61640309010d0100046e657874073f0800066368756e6b73010c6675747572652d76616c7565020373657403087772697461626c65040666757475726505056368756e6b0602617407046c6566740285020401011077726974652d7669612d73747265616d000001080a73747265616d2d6e657700010c73747265616d2d777269746500021473747265616d2d64726f702d7772697461626c6500030b6675747572652d726561640004146675747572652d64726f702d7265616461626c650005107761697461626c652d7365742d6e65770006117761697461626c652d7365742d64726f7000070d7761697461626c652d6a6f696e00080101105b7461736b2d72657475726e5d72756e0009000104066d656d6f7279120015776173693a636c692f7374646f757440302e332e3012010524726f6f7412021a5b6578706f72745d776173693a636c692f72756e40302e332e30120307050143000006061602000001040372756e000001040863616c6c6261636b08090100000a0206070b07050a010101000372756e01010b18010012776173693a636c692f72756e40302e332e3005020000d8020e636f6d706f6e656e742d6e616d6501a90100000a001077726974652d7669612d73747265616d010a73747265616d2d6e6577020c73747265616d2d7772697465031473747265616d2d64726f702d7772697461626c65040b6675747572652d7265616405146675747572652d64726f702d7265616461626c6506107761697461626c652d7365742d6e657707117761697461626c652d7365742d64726f70080d7761697461626c652d6a6f696e090b7461736b2d72657475726e010b00020100066d656d6f7279011100110200066d656d6f727901046d61696e011100120200066d656d6f727904046d61696e01070101010372756e0147030800057479706573010a6572726f722d636f646502067374646f757403046461746104067374617475730504646f6e65060a72756e2d726573756c74070872756e2d66756e63011605030005747970657301067374646f7574020372756e',
    'component-args': '0061736d0d000100071d014203017073014000000004000d6765742d617267756d656e747301010a1f01001a776173693a636c692f656e7669726f6e6d656e7440302e322e300500071d014203016a0000014001067374617475730001000400046578697401010a18010013776173693a636c692f6578697440302e322e300501070d0142010400056572726f7203010a18010013776173693a696f2f6572726f7240302e322e300502060a01030002056572726f7207b20101420b02030201030400056572726f72030000016901017102156c6173742d6f7065726174696f6e2d6661696c656401020006636c6f736564000004000c73747265616d2d6572726f7203000304000d6f75747075742d73747265616d030101680501707d016a0001040140020473656c660608636f6e74656e747307000804002e5b6d6574686f645d6f75747075742d73747265616d2e626c6f636b696e672d77726974652d616e642d666c75736801090a1a010015776173693a696f2f73747265616d7340302e322e3005040612010300030d6f75747075742d73747265616d0732014205020302010504000d6f75747075742d73747265616d030000016901014000000204000a6765742d73746465727201030a1a010015776173693a636c692f73746465727240302e322e30050601e1010061736d0100000001090160047f7f7f7f017f0302010005030100010607017f014180200b071402066d656d6f72790200077265616c6c6f6300000a60015e01027f2300200241016b6a410020026b712104200420036a210520053f00418080046c4b044020053f00418080046c6b41107641016a4000417f460440000b0b2005240020000440200420002001200320012003491bfc0a00000b20040b0042046e616d650007064d656d6f7279022901000600036f6c6401086f6c642d73697a650205616c69676e030473697a6504037074720503656e6407070100046e65787402040100000006290300020100066d656d6f727900000100077265616c6c6f630100000d6765742d617267756d656e7473080a01010000030300040000060901010001046578697408050101000100060f010100040a6765742d737464657272080501010002000633010100032e5b6d6574686f645d6f75747075742d73747265616d2e626c6f636b696e672d77726974652d616e642d666c75736808070101000301030001b5050061736d0100000001180460017f006000017f60047f7f7f7f0060047f7f7f7f017f026505066d656d6f7279066d656d6f727902000104776173690465786974000004776173690a6765742d7374646572720001047761736918626c6f636b696e672d77726974652d616e642d666c757368000204776173690d6765742d617267756d656e747300000304030003010707010372756e00060ac501032a01017f0340200020016a2d00000440200141016a21010c010b0b1001200020014100100241011000000b42002001200347044041000f0b02400340200345044041010f0b20002d000020022d0000470d01200041016a2100200241016a2102200341016b21030c000b0b41000b5501017f411010034110280204410347044041800110040b411028020021002000280208200028020c41c0004105100545044041c00110040b2000280210200028021441d000410a100545044041800210040b41000b0bc301050041c0000b05616c7068610041d0000b0a626574612067616d6d61004180010b29636f6d706f6e656e742d617267733a206e6f742065786163746c79203320617267756d656e74730a000041c0010b34636f6d706f6e656e742d617267733a20746865207365636f6e6420617267756d656e74206973206e6f742022616c706861220a00004180020b38636f6d706f6e656e742d617267733a2074686520746869726420617267756d656e74206973206e6f742022626574612067616d6d61220a00008c01046e616d650005044d61696e013706000465786974010a6765742d73746465727202057772697465030d6765742d617267756d656e747304046661696c0506657175616c73022903040200036d736701036c656e05040001730105732d6c656e02036c697403016e0601000461726773031a0204010005636f756e740502010664696666657202046279746502550201040d6765742d617267756d656e74730001046578697400020a6765742d737464657272000318626c6f636b696e672d77726974652d616e642d666c7573680004000102066d656d6f72791200047761736912010708026a000040000007060901000001020372756e0806010000050008050a010101000372756e01040b18010012776173693a636c692f72756e40302e322e3005050000bb020e636f6d706f6e656e742d6e616d65014800000500077265616c6c6f6301126765742d617267756d656e74732d636f72650209657869742d636f7265030f6765742d7374646572722d636f7265040a77726974652d636f7265010800020100036d656d011100110200064d656d6f727901044d61696e011100120200066d656d6f727902046d61696e01320105000d6765742d617267756d656e74730107657869742d666e020a6765742d73746465727203057772697465040372756e013c0306000b656e7669726f6e6d656e7401046578697403056572726f72040773747265616d73050d6f75747075742d73747265616d0606737464657272013e0506000b656e7669726f6e6d656e740104657869740208696f2d6572726f72030773747265616d730406737464657272050c72756e2d696e7374616e6365',
    'component-cli-run': '0061736d0d000100071d014203016a0000014001067374617475730001000400046578697401010a18010013776173693a636c692f6578697440302e322e300500060901010000046578697408050101000000014a0061736d0100000001090260017f006000017f021c0113776173693a636c692f6578697440302e322e3004657869740000030201010707010372756e00010a0a0108004100100041000b02230201010465786974000000000113776173693a636c692f6578697440302e322e301200060901000001010372756e0708026a0000400000010806010000010002050a010101000372756e01010b18010012776173693a636c692f72756e40302e322e30050100',
    'component-clocks': '0061736d0d000100071f0142040177040007696e7374616e7403000001400000010400036e6f7701020a26010021776173693a636c6f636b732f6d6f6e6f746f6e69632d636c6f636b40302e322e3005000737014204017202077365636f6e6473770b6e616e6f7365636f6e6473790400086461746574696d6503000001400000010400036e6f7701020a2101001c776173693a636c6f636b732f77616c6c2d636c6f636b40302e322e300501071d014203016a0000014001067374617475730001000400046578697401010a18010013776173693a636c692f6578697440302e322e300502070d0142010400056572726f7203010a18010013776173693a696f2f6572726f7240302e322e300503060a01030003056572726f7207b20101420b02030201040400056572726f72030000016901017102156c6173742d6f7065726174696f6e2d6661696c656401020006636c6f736564000004000c73747265616d2d6572726f7203000304000d6f75747075742d73747265616d030101680501707d016a0001040140020473656c660608636f6e74656e747307000804002e5b6d6574686f645d6f75747075742d73747265616d2e626c6f636b696e672d77726974652d616e642d666c75736801090a1a010015776173693a696f2f73747265616d7340302e322e3005050612010300040d6f75747075742d73747265616d0732014205020302010604000d6f75747075742d73747265616d030000016901014000000204000a6765742d73746465727201030a1a010015776173693a636c692f73746465727240302e322e30050701e1010061736d0100000001090160047f7f7f7f017f0302010005030100010607017f014180200b071402066d656d6f72790200077265616c6c6f6300000a60015e01027f2300200241016b6a410020026b712104200420036a210520053f00418080046c4b044020053f00418080046c6b41107641016a4000417f460440000b0b2005240020000440200420002001200320012003491bfc0a00000b20040b0042046e616d650007064d656d6f7279022901000600036f6c6401086f6c642d73697a650205616c69676e030473697a6504037074720503656e6407070100046e657874020401000000061f0300020100066d656d6f727900000100077265616c6c6f63010000036e6f7708050101000000060801010001036e6f77080701010001010300060901010002046578697408050101000200060f010100050a6765742d737464657272080501010003000633010100042e5b6d6574686f645d6f75747075742d73747265616d2e626c6f636b696e672d77726974652d616e642d666c75736808070101000401030001b3050061736d0100000001140460017f006000017f60047f7f7f7f006000017e027506066d656d6f7279066d656d6f727902000104776173690465786974000004776173690a6765742d7374646572720001047761736918626c6f636b696e672d77726974652d616e642d666c757368000204776173690d6d6f6e6f746f6e69632d6e6f77000304776173690877616c6c2d6e6f77000003030200010707010372756e00060a8d01022a01017f0340200020016a2d00000440200141016a21010c010b0b1001200020014100100241011000000b6001037e1003210010032101200050044041800110050b2001200054044041c00110050b411010044110290300210220024280c2aff0055420024280ae99a40f5a72044041800210050b4118280200418094ebdc034f044041c00210050b41000b0bff0104004180010b2c636f6d706f6e656e742d636c6f636b733a206d6f6e6f746f6e69632d636c6f636b206e6f7720697320300a000041c0010b36636f6d706f6e656e742d636c6f636b733a206d6f6e6f746f6e69632d636c6f636b206e6f772077656e74206261636b77617264730a00004180020b3f636f6d706f6e656e742d636c6f636b733a2077616c6c2d636c6f636b206e6f77206973206e6f74206265747765656e203230323020616e6420323130300a000041c0020b45636f6d706f6e656e742d636c6f636b733a2077616c6c2d636c6f636b206e6f77206861732031303030303030303030206e616e6f7365636f6e6473206f72206d6f72650a00007c046e616d650005044d61696e013906000465786974010a6765742d73746465727202057772697465030d6d6f6e6f746f6e69632d6e6f77040877616c6c2d6e6f7705046661696c022702050200036d736701036c656e06030005666972737401067365636f6e6402077365636f6e6473030a0105010005636f756e7402600201050d6d6f6e6f746f6e69632d6e6f7700010877616c6c2d6e6f770002046578697400030a6765742d737464657272000418626c6f636b696e672d77726974652d616e642d666c7573680005000102066d656d6f72791200047761736912010708026a000040000008060901000001020372756e0806010000060009050a010101000372756e01050b18010012776173693a636c692f72756e40302e322e3005060000f4020e636f6d706f6e656e742d6e616d65015700000600077265616c6c6f6301126d6f6e6f746f6e69632d6e6f772d636f7265020d77616c6c2d6e6f772d636f72650309657869742d636f7265040f6765742d7374646572722d636f7265050a77726974652d636f7265010800020100036d656d011100110200064d656d6f727901044d61696e011100120200066d656d6f727902046d61696e013c0106000d6d6f6e6f746f6e69632d6e6f77010877616c6c2d6e6f770207657869742d666e030a6765742d73746465727204057772697465050372756e014c0307000f6d6f6e6f746f6e69632d636c6f636b010a77616c6c2d636c6f636b02046578697404056572726f72050773747265616d73060d6f75747075742d73747265616d0706737464657272014e0507000f6d6f6e6f746f6e69632d636c6f636b010a77616c6c2d636c6f636b0204657869740308696f2d6572726f72040773747265616d730506737464657272060c72756e2d696e7374616e6365',
    'component-env': '0061736d0d0001000724014204016f027373017000014000000104000f6765742d656e7669726f6e6d656e7401020a1f01001a776173693a636c692f656e7669726f6e6d656e7440302e322e300500071d014203016a0000014001067374617475730001000400046578697401010a18010013776173693a636c692f6578697440302e322e300501070d0142010400056572726f7203010a18010013776173693a696f2f6572726f7240302e322e300502060a01030002056572726f7207b20101420b02030201030400056572726f72030000016901017102156c6173742d6f7065726174696f6e2d6661696c656401020006636c6f736564000004000c73747265616d2d6572726f7203000304000d6f75747075742d73747265616d030101680501707d016a0001040140020473656c660608636f6e74656e747307000804002e5b6d6574686f645d6f75747075742d73747265616d2e626c6f636b696e672d77726974652d616e642d666c75736801090a1a010015776173693a696f2f73747265616d7340302e322e3005040612010300030d6f75747075742d73747265616d0732014205020302010504000d6f75747075742d73747265616d030000016901014000000204000a6765742d73746465727201030a1a010015776173693a636c692f73746465727240302e322e30050601e1010061736d0100000001090160047f7f7f7f017f0302010005030100010607017f014180200b071402066d656d6f72790200077265616c6c6f6300000a60015e01027f2300200241016b6a410020026b712104200420036a210520053f00418080046c4b044020053f00418080046c6b41107641016a4000417f460440000b0b2005240020000440200420002001200320012003491bfc0a00000b20040b0042046e616d650007064d656d6f7279022901000600036f6c6401086f6c642d73697a650205616c69676e030473697a6504037074720503656e6407070100046e657874020401000000062b0300020100066d656d6f727900000100077265616c6c6f630100000f6765742d656e7669726f6e6d656e74080a01010000030300040000060901010001046578697408050101000100060f010100040a6765742d737464657272080501010002000633010100032e5b6d6574686f645d6f75747075742d73747265616d2e626c6f636b696e672d77726974652d616e642d666c75736808070101000301030001a8060061736d0100000001180460017f006000017f60047f7f7f7f0060047f7f7f7f017f026705066d656d6f7279066d656d6f727902000104776173690465786974000004776173690a6765742d7374646572720001047761736918626c6f636b696e672d77726974652d616e642d666c757368000204776173690f6765742d656e7669726f6e6d656e7400000304030003010707010372756e00060af601032a01017f0340200020016a2d00000440200141016a21010c010b0b1001200020014100100241011000000b42002001200347044041000f0b02400340200345044041010f0b20002d000020022d0000470d01200041016a2100200241016a2102200341016b21030c000b0b41000b850101047f41101003411028020021002000411028020441106c6a210102400340200020014f0d012000280200200028020441c000410e1005044020002102200341016a21030b200041106a21000c000b0b200345044041800110040b200341014b044041c00110040b2002280208200228020c41d000411c100545044041800210040b41000b0bdd01050041c0000b0e574153495f50524f42455f5641520041d0000b1c76616c75652077697468207370616365733d616e6420657175616c73004180010b22636f6d706f6e656e742d656e763a206e6f20574153495f50524f42455f5641520a000041c0010b2d636f6d706f6e656e742d656e763a206d6f7265207468616e206f6e6520574153495f50524f42455f5641520a00004180020b45636f6d706f6e656e742d656e763a20574153495f50524f42455f564152206973206e6f74202276616c75652077697468207370616365733d616e6420657175616c73220a0000b201046e616d650005044d61696e013906000465786974010a6765742d73746465727202057772697465030f6765742d656e7669726f6e6d656e7404046661696c0506657175616c73023f03040200036d736701036c656e05040001730105732d6c656e02036c697403016e06040005656e7472790103656e640205666f756e6403076d61746368657303280304010005636f756e740502010664696666657202046279746506020004646f6e6501046e65787402570201040f6765742d656e7669726f6e6d656e740001046578697400020a6765742d737464657272000318626c6f636b696e672d77726974652d616e642d666c7573680004000102066d656d6f72791200047761736912010708026a000040000007060901000001020372756e0806010000050008050a010101000372756e01040b18010012776173693a636c692f72756e40302e322e3005050000bf020e636f6d706f6e656e742d6e616d65014a00000500077265616c6c6f6301146765742d656e7669726f6e6d656e742d636f72650209657869742d636f7265030f6765742d7374646572722d636f7265040a77726974652d636f7265010800020100036d656d011100110200064d656d6f727901044d61696e011100120200066d656d6f727902046d61696e01340105000f6765742d656e7669726f6e6d656e740107657869742d666e020a6765742d73746465727203057772697465040372756e013c0306000b656e7669726f6e6d656e7401046578697403056572726f72040773747265616d73050d6f75747075742d73747265616d0606737464657272013e0506000b656e7669726f6e6d656e740104657869740208696f2d6572726f72030773747265616d730406737464657272050c72756e2d696e7374616e6365',
    'component-exit-err': '0061736d0d000100071d014203016a0000014001067374617475730001000400046578697401010a18010013776173693a636c692f6578697440302e322e300500060901010000046578697408050101000000014a0061736d0100000001090260017f006000017f021c0113776173693a636c692f6578697440302e322e3004657869740000030201010707010372756e00010a0a0108004101100041000b02230201010465786974000000000113776173693a636c692f6578697440302e322e301200060901000001010372756e0708026a0000400000010806010000010002050a010101000372756e01010b18010012776173693a636c692f72756e40302e322e30050100',
    'component-missing-file': '0061736d0d00010007fe0501421004000a64657363726970746f720301016d25066163636573730b776f756c642d626c6f636b07616c72656164790e6261642d64657363726970746f72046275737908646561646c6f636b0571756f74610565786973740e66696c652d746f6f2d6c6172676515696c6c6567616c2d627974652d73657175656e63650b696e2d70726f67726573730b696e74657272757074656407696e76616c696402696f0c69732d6469726563746f7279046c6f6f700e746f6f2d6d616e792d6c696e6b730c6d6573736167652d73697a650d6e616d652d746f6f2d6c6f6e67096e6f2d646576696365086e6f2d656e747279076e6f2d6c6f636b13696e73756666696369656e742d6d656d6f727912696e73756666696369656e742d73706163650d6e6f742d6469726563746f7279096e6f742d656d7074790f6e6f742d7265636f76657261626c650b756e737570706f72746564066e6f2d7474790e6e6f2d737563682d646576696365086f766572666c6f770d6e6f742d7065726d6974746564047069706509726561642d6f6e6c790c696e76616c69642d7365656b0e746578742d66696c652d627573790c63726f73732d64657669636504000a6572726f722d636f6465030001017704000866696c6573697a65030003016e0604726561640577726974651366696c652d696e746567726974792d73796e6313646174612d696e746567726974792d73796e63147265717565737465642d77726974652d73796e63106d75746174652d6469726563746f727904001064657363726970746f722d666c616773030005016e010e73796d6c696e6b2d666f6c6c6f7704000a706174682d666c616773030007016e0406637265617465096469726563746f7279096578636c7573697665087472756e6361746504000a6f70656e2d666c616773030009016800016900016a010c01020140050473656c660b0a706174682d666c616773080470617468730a6f70656e2d666c6167730a05666c61677306000d04001a5b6d6574686f645d64657363726970746f722e6f70656e2d6174010e0a2001001b776173693a66696c6573797374656d2f747970657340302e322e300500060f010300000a64657363726970746f72073c014207020302010104000a64657363726970746f72030000016901016f020273017003014000000404000f6765742d6469726563746f7269657301050a2301001e776173693a66696c6573797374656d2f7072656f70656e7340302e322e300502071d014203016a0000014001067374617475730001000400046578697401010a18010013776173693a636c692f6578697440302e322e300503070d0142010400056572726f7203010a18010013776173693a696f2f6572726f7240302e322e300504060a01030003056572726f7207b20101420b02030201050400056572726f72030000016901017102156c6173742d6f7065726174696f6e2d6661696c656401020006636c6f736564000004000c73747265616d2d6572726f7203000304000d6f75747075742d73747265616d030101680501707d016a0001040140020473656c660608636f6e74656e747307000804002e5b6d6574686f645d6f75747075742d73747265616d2e626c6f636b696e672d77726974652d616e642d666c75736801090a1a010015776173693a696f2f73747265616d7340302e322e3005060612010300040d6f75747075742d73747265616d0732014205020302010704000d6f75747075742d73747265616d030000016901014000000204000a6765742d73746465727201030a1a010015776173693a636c692f73746465727240302e322e30050801e1010061736d0100000001090160047f7f7f7f017f0302010005030100010607017f014180200b071402066d656d6f72790200077265616c6c6f6300000a60015e01027f2300200241016b6a410020026b712104200420036a210520053f00418080046c4b044020053f00418080046c6b41107641016a4000417f460440000b0b2005240020000440200420002001200320012003491bfc0a00000b20040b0042046e616d650007064d656d6f7279022901000600036f6c6401086f6c642d73697a650205616c69676e030473697a6504037074720503656e6407070100046e657874020401000000062b0300020100066d656d6f727900000100077265616c6c6f630100010f6765742d6469726563746f72696573080a01010000030300040000061f010100001a5b6d6574686f645d64657363726970746f722e6f70656e2d6174080a02010001020300000301060901010002046578697408050101000200060f010100050a6765742d737464657272080501010003000633010100042e5b6d6574686f645d6f75747075742d73747265616d2e626c6f636b696e672d77726974652d616e642d666c7573680807010100040103000192070061736d0100000001220560017f006000017f60047f7f7f7f0060077f7f7f7f7f7f7f0060047f7f7f7f017f028d0107066d656d6f7279066d656d6f727902000104776173690465786974000004776173690a6765742d7374646572720001047761736918626c6f636b696e672d77726974652d616e642d666c757368000204776173690f6765742d6469726563746f7269657300000477617369076f70656e2d6174000304776173690f64726f702d64657363726970746f720000030504000401010707010372756e00090af501042a01017f0340200020016a2d00000440200141016a21010c010b0b1001200020014100100241011000000b42002001200347044041000f0b02400340200345044041010f0b20002d000020022d0000470d01200041016a2100200241016a2102200341016b21030c000b0b41000b5101027f411010034110280200210020004110280204410c6c6a210102400340200020014f0d0120002802042000280208413041081007044020002802000f0b2000410c6a21000c000b0b41e8071006000b33001008410141c000410b410041014118100441182d000045044041800110060b411c2d0000411447044041c00110060b41000b0bfe01050041c0000b0b6d697373696e672e747874004180010b3d636f6d706f6e656e742d6d697373696e672d66696c653a206f70656e2d6174206f662061206d697373696e672066696c65207375636365656465640a000041c0010b51636f6d706f6e656e742d6d697373696e672d66696c653a206f70656e2d6174206f662061206d697373696e672066696c65206661696c65642c20627574206e6f742077697468206e6f2d656e7472790a000041300b082f73616e64626f780041e8070b3f636f6d706f6e656e742d6d697373696e672d66696c653a206e6f207072656f70656e6564206469726563746f7279206e616d6564202f73616e64626f780a0000ca01046e616d650005044d61696e016109000465786974010a6765742d73746465727202057772697465030f6765742d6469726563746f7269657304076f70656e2d6174050f64726f702d64657363726970746f7206046661696c0706657175616c73080c66696e642d73616e64626f78022f03060200036d736701036c656e07040001730105732d6c656e02036c697403016e08020005656e7472790103656e6403280306010005636f756e7407020106646966666572020462797465080200046e6f6e6501046e65787402730201060f6765742d6469726563746f726965730001076f70656e2d617400020f64726f702d64657363726970746f720003046578697400040a6765742d737464657272000518626c6f636b696e672d77726974652d616e642d666c7573680006000102066d656d6f72791200047761736912010708026a000040000009060901000001020372756e080601000007000a050a010101000372756e01050b18010012776173693a636c692f72756e40302e322e300506000080030e636f6d706f6e656e742d6e616d65016e00000700077265616c6c6f6301146765742d6469726563746f726965732d636f7265020c6f70656e2d61742d636f7265031464726f702d64657363726970746f722d636f72650409657869742d636f7265050f6765742d7374646572722d636f7265060a77726974652d636f7265010800020100036d656d011100110200064d656d6f727901044d61696e011100120200066d656d6f727902046d61696e013d0106000f6765742d6469726563746f7269657301076f70656e2d61740207657869742d666e030a6765742d73746465727204057772697465050372756e014c030800057479706573010a64657363726970746f7202087072656f70656e7303046578697405056572726f72060773747265616d73070d6f75747075742d73747265616d0806737464657272014205070005747970657301087072656f70656e730204657869740308696f2d6572726f72040773747265616d730506737464657272060c72756e2d696e7374616e6365',
    'component-preopen-read': '0061736d0d00010007c60601421604000a64657363726970746f720301016d25066163636573730b776f756c642d626c6f636b07616c72656164790e6261642d64657363726970746f72046275737908646561646c6f636b0571756f74610565786973740e66696c652d746f6f2d6c6172676515696c6c6567616c2d627974652d73657175656e63650b696e2d70726f67726573730b696e74657272757074656407696e76616c696402696f0c69732d6469726563746f7279046c6f6f700e746f6f2d6d616e792d6c696e6b730c6d6573736167652d73697a650d6e616d652d746f6f2d6c6f6e67096e6f2d646576696365086e6f2d656e747279076e6f2d6c6f636b13696e73756666696369656e742d6d656d6f727912696e73756666696369656e742d73706163650d6e6f742d6469726563746f7279096e6f742d656d7074790f6e6f742d7265636f76657261626c650b756e737570706f72746564066e6f2d7474790e6e6f2d737563682d646576696365086f766572666c6f770d6e6f742d7065726d6974746564047069706509726561642d6f6e6c790c696e76616c69642d7365656b0e746578742d66696c652d627573790c63726f73732d64657669636504000a6572726f722d636f6465030001017704000866696c6573697a65030003016e0604726561640577726974651366696c652d696e746567726974792d73796e6313646174612d696e746567726974792d73796e63147265717565737465642d77726974652d73796e63106d75746174652d6469726563746f727904001064657363726970746f722d666c616773030005016e010e73796d6c696e6b2d666f6c6c6f7704000a706174682d666c616773030007016e0406637265617465096469726563746f7279096578636c7573697665087472756e6361746504000a6f70656e2d666c616773030009016800016900016a010c01020140050473656c660b0a706174682d666c616773080470617468730a6f70656e2d666c6167730a05666c61677306000d04001a5b6d6574686f645d64657363726970746f722e6f70656e2d6174010e01680001707d016f02107f016a011101020140030473656c660f066c656e67746804066f66667365740400120400175b6d6574686f645d64657363726970746f722e7265616401130a2001001b776173693a66696c6573797374656d2f747970657340302e322e300500060f010300000a64657363726970746f72073c014207020302010104000a64657363726970746f72030000016901016f020273017003014000000404000f6765742d6469726563746f7269657301050a2301001e776173693a66696c6573797374656d2f7072656f70656e7340302e322e300502071d014203016a0000014001067374617475730001000400046578697401010a18010013776173693a636c692f6578697440302e322e300503070d0142010400056572726f7203010a18010013776173693a696f2f6572726f7240302e322e300504060a01030003056572726f7207b20101420b02030201050400056572726f72030000016901017102156c6173742d6f7065726174696f6e2d6661696c656401020006636c6f736564000004000c73747265616d2d6572726f7203000304000d6f75747075742d73747265616d030101680501707d016a0001040140020473656c660608636f6e74656e747307000804002e5b6d6574686f645d6f75747075742d73747265616d2e626c6f636b696e672d77726974652d616e642d666c75736801090a1a010015776173693a696f2f73747265616d7340302e322e3005060612010300040d6f75747075742d73747265616d0732014205020302010704000d6f75747075742d73747265616d030000016901014000000204000a6765742d73746465727201030a1a010015776173693a636c692f73746465727240302e322e3005080732014205020302010704000d6f75747075742d73747265616d030000016901014000000204000a6765742d7374646f757401030a1a010015776173693a636c692f7374646f757440302e322e30050901e1010061736d0100000001090160047f7f7f7f017f0302010005030100010607017f014180200b071402066d656d6f72790200077265616c6c6f6300000a60015e01027f2300200241016b6a410020026b712104200420036a210520053f00418080046c4b044020053f00418080046c6b41107641016a4000417f460440000b0b2005240020000440200420002001200320012003491bfc0a00000b20040b0042046e616d650007064d656d6f7279022901000600036f6c6401086f6c642d73697a650205616c69676e030473697a6504037074720503656e6407070100046e657874020401000000062b0300020100066d656d6f727900000100077265616c6c6f630100010f6765742d6469726563746f72696573080a01010000030300040000061f010100001a5b6d6574686f645d64657363726970746f722e6f70656e2d617408080101000102030000061c01010000175b6d6574686f645d64657363726970746f722e72656164080b0201000202030004000301060f010100060a6765742d7374646f757408050101000300060901010002046578697408050101000400060f010100050a6765742d737464657272080501010005000633010100042e5b6d6574686f645d6f75747075742d73747265616d2e626c6f636b696e672d77726974652d616e642d666c75736808070101000601030001ee080061736d0100000001290660017f006000017f60047f7f7f7f0060077f7f7f7f7f7f7f0060047f7e7e7f0060047f7f7f7f017f02ab0109066d656d6f7279066d656d6f727902000104776173690465786974000004776173690a6765742d7374646572720001047761736918626c6f636b696e672d77726974652d616e642d666c757368000204776173690f6765742d6469726563746f7269657300000477617369076f70656e2d6174000304776173690472656164000404776173690f64726f702d64657363726970746f72000004776173690a6765742d7374646f75740001030504000501010707010372756e000b0ae002042a01017f0340200020016a2d00000440200141016a21010c010b0b1001200020014100100241011000000b42002001200347044041000f0b02400340200345044041010f0b20002d000020022d0000470d01200041016a2100200241016a2102200341016b21030c000b0b41000b5101027f411010034110280200210020004110280204410c6c6a210102400340200020014f0d0120002802042000280208413041081009044020002802000f0b2000410c6a21000c000b0b41e8071008000b9d0101037f100a410141c0004109410041014118100441182d0000044041800110080b411c280200210002400340200041800220016bad2001ad4120100541202d0000044041c00110080b4128280200210241801020016a41242802002002fc0a0000200120026a2101412c2d00000d012002450d012001418002490d000b0b20001006100741801020014100100241002d0000044041800210080b41000b0b9902060041c0000b09696e7075742e747874004180010b32636f6d706f6e656e742d7072656f70656e2d726561643a206f70656e2d617420696e7075742e747874206661696c65640a000041c0010b30636f6d706f6e656e742d7072656f70656e2d726561643a2064657363726970746f722e72656164206661696c65640a00004180020b43636f6d706f6e656e742d7072656f70656e2d726561643a20626c6f636b696e672d77726974652d616e642d666c75736820746f207374646f7574206661696c65640a000041300b082f73616e64626f780041e8070b3f636f6d706f6e656e742d7072656f70656e2d726561643a206e6f207072656f70656e6564206469726563746f7279206e616d6564202f73616e64626f780a0000fb01046e616d650005044d61696e01730b000465786974010a6765742d73746465727202057772697465030f6765742d6469726563746f7269657304076f70656e2d6174050472656164060f64726f702d64657363726970746f72070a6765742d7374646f757408046661696c0906657175616c730a0c66696e642d73616e64626f78024104080200036d736701036c656e09040001730105732d6c656e02036c697403016e0a020005656e7472790103656e640b03000466696c650105746f74616c02016e03350408010005636f756e74090201066469666665720204627974650a0200046e6f6e6501046e6578740b020103656e6402046d6f72650287010201080f6765742d6469726563746f726965730001076f70656e2d61740002047265616400030f64726f702d64657363726970746f7200040a6765742d7374646f75740005046578697400060a6765742d737464657272000718626c6f636b696e672d77726974652d616e642d666c7573680008000102066d656d6f72791200047761736912010708026a00004000000a060901000001020372756e080601000009000b050a010101000372756e01070b18010012776173693a636c692f72756e40302e322e3005070000bf030e636f6d706f6e656e742d6e616d65018a0100000900077265616c6c6f6301146765742d6469726563746f726965732d636f7265020c6f70656e2d61742d636f72650309726561642d636f7265041464726f702d64657363726970746f722d636f7265050f6765742d7374646f75742d636f72650609657869742d636f7265070f6765742d7374646572722d636f7265080a77726974652d636f7265010800020100036d656d011100110200064d656d6f727901044d61696e011100120200066d656d6f727902046d61696e014f0108000f6765742d6469726563746f7269657301076f70656e2d6174020472656164030a6765742d7374646f75740407657869742d666e050a6765742d73746465727206057772697465070372756e0154030900057479706573010a64657363726970746f7202087072656f70656e7303046578697405056572726f72060773747265616d73070d6f75747075742d73747265616d080673746465727209067374646f7574014a05080005747970657301087072656f70656e730204657869740308696f2d6572726f72040773747265616d73050673746465727206067374646f7574070c72756e2d696e7374616e6365',
    'component-preopen-write': '0061736d0d00010007c20601421504000a64657363726970746f720301016d25066163636573730b776f756c642d626c6f636b07616c72656164790e6261642d64657363726970746f72046275737908646561646c6f636b0571756f74610565786973740e66696c652d746f6f2d6c6172676515696c6c6567616c2d627974652d73657175656e63650b696e2d70726f67726573730b696e74657272757074656407696e76616c696402696f0c69732d6469726563746f7279046c6f6f700e746f6f2d6d616e792d6c696e6b730c6d6573736167652d73697a650d6e616d652d746f6f2d6c6f6e67096e6f2d646576696365086e6f2d656e747279076e6f2d6c6f636b13696e73756666696369656e742d6d656d6f727912696e73756666696369656e742d73706163650d6e6f742d6469726563746f7279096e6f742d656d7074790f6e6f742d7265636f76657261626c650b756e737570706f72746564066e6f2d7474790e6e6f2d737563682d646576696365086f766572666c6f770d6e6f742d7065726d6974746564047069706509726561642d6f6e6c790c696e76616c69642d7365656b0e746578742d66696c652d627573790c63726f73732d64657669636504000a6572726f722d636f6465030001017704000866696c6573697a65030003016e0604726561640577726974651366696c652d696e746567726974792d73796e6313646174612d696e746567726974792d73796e63147265717565737465642d77726974652d73796e63106d75746174652d6469726563746f727904001064657363726970746f722d666c616773030005016e010e73796d6c696e6b2d666f6c6c6f7704000a706174682d666c616773030007016e0406637265617465096469726563746f7279096578636c7573697665087472756e6361746504000a6f70656e2d666c616773030009016800016900016a010c01020140050473656c660b0a706174682d666c616773080470617468730a6f70656e2d666c6167730a05666c61677306000d04001a5b6d6574686f645d64657363726970746f722e6f70656e2d6174010e01680001707d016a010401020140030473656c660f0662756666657210066f66667365740400110400185b6d6574686f645d64657363726970746f722e777269746501120a2001001b776173693a66696c6573797374656d2f747970657340302e322e300500060f010300000a64657363726970746f72073c014207020302010104000a64657363726970746f72030000016901016f020273017003014000000404000f6765742d6469726563746f7269657301050a2301001e776173693a66696c6573797374656d2f7072656f70656e7340302e322e300502071d014203016a0000014001067374617475730001000400046578697401010a18010013776173693a636c692f6578697440302e322e300503070d0142010400056572726f7203010a18010013776173693a696f2f6572726f7240302e322e300504060a01030003056572726f7207b20101420b02030201050400056572726f72030000016901017102156c6173742d6f7065726174696f6e2d6661696c656401020006636c6f736564000004000c73747265616d2d6572726f7203000304000d6f75747075742d73747265616d030101680501707d016a0001040140020473656c660608636f6e74656e747307000804002e5b6d6574686f645d6f75747075742d73747265616d2e626c6f636b696e672d77726974652d616e642d666c75736801090a1a010015776173693a696f2f73747265616d7340302e322e3005060612010300040d6f75747075742d73747265616d0732014205020302010704000d6f75747075742d73747265616d030000016901014000000204000a6765742d73746465727201030a1a010015776173693a636c692f73746465727240302e322e30050801e1010061736d0100000001090160047f7f7f7f017f0302010005030100010607017f014180200b071402066d656d6f72790200077265616c6c6f6300000a60015e01027f2300200241016b6a410020026b712104200420036a210520053f00418080046c4b044020053f00418080046c6b41107641016a4000417f460440000b0b2005240020000440200420002001200320012003491bfc0a00000b20040b0042046e616d650007064d656d6f7279022901000600036f6c6401086f6c642d73697a650205616c69676e030473697a6504037074720503656e6407070100046e657874020401000000062b0300020100066d656d6f727900000100077265616c6c6f630100010f6765742d6469726563746f72696573080a01010000030300040000061f010100001a5b6d6574686f645d64657363726970746f722e6f70656e2d617408080101000102030000061d01010000185b6d6574686f645d64657363726970746f722e77726974650809020100020103000301060901010002046578697408050101000300060f010100050a6765742d737464657272080501010004000633010100042e5b6d6574686f645d6f75747075742d73747265616d2e626c6f636b696e672d77726974652d616e642d666c75736808070101000501030001b9080061736d01000000012a0660017f006000017f60047f7f7f7f0060077f7f7f7f7f7f7f0060057f7f7f7e7f0060047f7f7f7f017f029f0108066d656d6f7279066d656d6f727902000104776173690465786974000004776173690a6765742d7374646572720001047761736918626c6f636b696e672d77726974652d616e642d666c757368000204776173690f6765742d6469726563746f7269657300000477617369076f70656e2d6174000304776173690a66696c652d7772697465000404776173690f64726f702d64657363726970746f720000030504000501010707010372756e000a0a9b02042a01017f0340200020016a2d00000440200141016a21010c010b0b1001200020014100100241011000000b42002001200347044041000f0b02400340200345044041010f0b20002d000020022d0000470d01200041016a2100200241016a2102200341016b21030c000b0b41000b5101027f411010034110280200210020004110280204410c6c6a210102400340200020014f0d0120002802042000280208413041081008044020002802000f0b2000410c6a21000c000b0b41e8071007000b5901017f1009410141c000410a410941024118100441182d0000044041800110070b411c2802002100200041d000411642004120100541202d0000044041d00110070b4128290300421652044041900210070b2000100641000b0bd102070041c0000b0a6f75747075742e7478740041d0000b167772697474656e20627920776173692d70726f62650a004180010b47636f6d706f6e656e742d7072656f70656e2d77726974653a206f70656e2d6174206f75747075742e74787420286372656174652c207472756e6361746529206661696c65640a000041d0010b32636f6d706f6e656e742d7072656f70656e2d77726974653a2064657363726970746f722e7772697465206661696c65640a00004190020b46636f6d706f6e656e742d7072656f70656e2d77726974653a2064657363726970746f722e777269746520646964206e6f7420777269746520616c6c2032322062797465730a000041300b082f73616e64626f780041e8070b40636f6d706f6e656e742d7072656f70656e2d77726974653a206e6f207072656f70656e6564206469726563746f7279206e616d6564202f73616e64626f780a0000de01046e616d650005044d61696e016d0a000465786974010a6765742d73746465727202057772697465030f6765742d6469726563746f7269657304076f70656e2d6174050a66696c652d7772697465060f64726f702d64657363726970746f7207046661696c0806657175616c73090c66696e642d73616e64626f78023704070200036d736701036c656e08040001730105732d6c656e02036c697403016e09020005656e7472790103656e640a01000466696c6503280307010005636f756e7408020106646966666572020462797465090200046e6f6e6501046e6578740280010201070f6765742d6469726563746f726965730001076f70656e2d617400020a66696c652d777269746500030f64726f702d64657363726970746f720004046578697400050a6765742d737464657272000618626c6f636b696e672d77726974652d616e642d666c7573680007000102066d656d6f72791200047761736912010708026a000040000009060901000001020372756e080601000008000a050a010101000372756e01060b18010012776173693a636c692f72756e40302e322e30050600009d030e636f6d706f6e656e742d6e616d65017f00000800077265616c6c6f6301146765742d6469726563746f726965732d636f7265020c6f70656e2d61742d636f7265030f66696c652d77726974652d636f7265041464726f702d64657363726970746f722d636f72650509657869742d636f7265060f6765742d7374646572722d636f7265070a77726974652d636f7265010800020100036d656d011100110200064d656d6f727901044d61696e011100120200066d656d6f727902046d61696e01490107000f6765742d6469726563746f7269657301076f70656e2d6174020a66696c652d77726974650307657869742d666e040a6765742d73746465727205057772697465060372756e014c030800057479706573010a64657363726970746f7202087072656f70656e7303046578697405056572726f72060773747265616d73070d6f75747075742d73747265616d0806737464657272014205070005747970657301087072656f70656e730204657869740308696f2d6572726f72040773747265616d730506737464657272060c72756e2d696e7374616e6365',
    'component-random': '0061736d0d000100073d01420501707d014001036c656e7700000400106765742d72616e646f6d2d62797465730101014000007704000e6765742d72616e646f6d2d75363401020a1d010018776173693a72616e646f6d2f72616e646f6d40302e322e300500071d014203016a0000014001067374617475730001000400046578697401010a18010013776173693a636c692f6578697440302e322e300501070d0142010400056572726f7203010a18010013776173693a696f2f6572726f7240302e322e300502060a01030002056572726f7207b20101420b02030201030400056572726f72030000016901017102156c6173742d6f7065726174696f6e2d6661696c656401020006636c6f736564000004000c73747265616d2d6572726f7203000304000d6f75747075742d73747265616d030101680501707d016a0001040140020473656c660608636f6e74656e747307000804002e5b6d6574686f645d6f75747075742d73747265616d2e626c6f636b696e672d77726974652d616e642d666c75736801090a1a010015776173693a696f2f73747265616d7340302e322e3005040612010300030d6f75747075742d73747265616d0732014205020302010504000d6f75747075742d73747265616d030000016901014000000204000a6765742d73746465727201030a1a010015776173693a636c692f73746465727240302e322e30050601e1010061736d0100000001090160047f7f7f7f017f0302010005030100010607017f014180200b071402066d656d6f72790200077265616c6c6f6300000a60015e01027f2300200241016b6a410020026b712104200420036a210520053f00418080046c4b044020053f00418080046c6b41107641016a4000417f460440000b0b2005240020000440200420002001200320012003491bfc0a00000b20040b0042046e616d650007064d656d6f7279022901000600036f6c6401086f6c642d73697a650205616c69676e030473697a6504037074720503656e6407070100046e657874020401000000062c0300020100066d656d6f727900000100077265616c6c6f63010000106765742d72616e646f6d2d627974657308090101000002030004000613010100000e6765742d72616e646f6d2d75363408050101000100060901010001046578697408050101000200060f010100040a6765742d737464657272080501010003000633010100032e5b6d6574686f645d6f75747075742d73747265616d2e626c6f636b696e672d77726974652d616e642d666c75736808070101000401030001e6040061736d0100000001190560017f006000017f60047f7f7f7f0060027e7f006000017e027e06066d656d6f7279066d656d6f727902000104776173690465786974000004776173690a6765742d7374646572720001047761736918626c6f636b696e672d77726974652d616e642d666c75736800020477617369106765742d72616e646f6d2d6279746573000304776173690e6765742d72616e646f6d2d753634000403030200010707010372756e00060a7b022a01017f0340200020016a2d00000440200141016a21010c010b0b1001200020014100100241011000000b4e01017f4220411010034110280204412047044041800110050b41102802002100200029030020002903088420002903102000290318848450044041c00110050b100450044041800210050b41000b0bbf0103004180010b40636f6d706f6e656e742d72616e646f6d3a206765742d72616e646f6d2d62797465732833322920646964206e6f742072657475726e2033322062797465730a000041c0010b3f636f6d706f6e656e742d72616e646f6d3a206765742d72616e646f6d2d6279746573283332292072657475726e6564203332207a65726f2062797465730a00004180020b2d636f6d706f6e656e742d72616e646f6d3a206765742d72616e646f6d2d7536342072657475726e656420300a000074046e616d650005044d61696e014206000465786974010a6765742d7374646572720205777269746503106765742d72616e646f6d2d6279746573040e6765742d72616e646f6d2d75363405046661696c021602050200036d736701036c656e060100056279746573030a0105010005636f756e740269020105106765742d72616e646f6d2d627974657300010e6765742d72616e646f6d2d7536340002046578697400030a6765742d737464657272000418626c6f636b696e672d77726974652d616e642d666c7573680005000102066d656d6f72791200047761736912010708026a000040000007060901000001020372756e0806010000060008050a010101000372756e01050b18010012776173693a636c692f72756e40302e322e3005050000dc020e636f6d706f6e656e742d6e616d65016000000600077265616c6c6f6301156765742d72616e646f6d2d62797465732d636f726502136765742d72616e646f6d2d7536342d636f72650309657869742d636f7265040f6765742d7374646572722d636f7265050a77726974652d636f7265010800020100036d656d011100110200064d656d6f727901044d61696e011100120200066d656d6f727902046d61696e0145010600106765742d72616e646f6d2d6279746573010e6765742d72616e646f6d2d7536340207657869742d666e030a6765742d73746465727204057772697465050372756e01370306000672616e646f6d01046578697403056572726f72040773747265616d73050d6f75747075742d73747265616d060673746465727201390506000672616e646f6d0104657869740208696f2d6572726f72030773747265616d730406737464657272050c72756e2d696e7374616e6365',
    'component-run-err': '0061736d0d00010001240061736d010000000105016000017f030201000707010372756e00000a0601040041010b020401000000060901000001000372756e0708026a0000400000000806010000000001050a010101000372756e01000b18010012776173693a636c692f72756e40302e322e30050000',
    'component-stderr': '0061736d0d000100071d014203016a0000014001067374617475730001000400046578697401010a18010013776173693a636c692f6578697440302e322e300500070d0142010400056572726f7203010a18010013776173693a696f2f6572726f7240302e322e300501060a01030001056572726f7207b20101420b02030201020400056572726f72030000016901017102156c6173742d6f7065726174696f6e2d6661696c656401020006636c6f736564000004000c73747265616d2d6572726f7203000304000d6f75747075742d73747265616d030101680501707d016a0001040140020473656c660608636f6e74656e747307000804002e5b6d6574686f645d6f75747075742d73747265616d2e626c6f636b696e672d77726974652d616e642d666c75736801090a1a010015776173693a696f2f73747265616d7340302e322e3005030612010300020d6f75747075742d73747265616d0732014205020302010404000d6f75747075742d73747265616d030000016901014000000204000a6765742d73746465727201030a1a010015776173693a636c692f73746465727240302e322e30050501e1010061736d0100000001090160047f7f7f7f017f0302010005030100010607017f014180200b071402066d656d6f72790200077265616c6c6f6300000a60015e01027f2300200241016b6a410020026b712104200420036a210520053f00418080046c4b044020053f00418080046c6b41107641016a4000417f460440000b0b2005240020000440200420002001200320012003491bfc0a00000b20040b0042046e616d650007064d656d6f7279022901000600036f6c6401086f6c642d73697a650205616c69676e030473697a6504037074720503656e6407070100046e65787402040100000006200300020100066d656d6f727900000100077265616c6c6f63010000046578697408050101000000060f010100030a6765742d737464657272080501010001000633010100022e5b6d6574686f645d6f75747075742d73747265616d2e626c6f636b696e672d77726974652d616e642d666c75736808070101000201030001f1020061736d0100000001100360017f006000017f60047f7f7f7f00025004066d656d6f7279066d656d6f727902000104776173690465786974000004776173690a6765742d7374646572720001047761736918626c6f636b696e672d77726974652d616e642d666c757368000203030200010707010372756e00040a49022a01017f0340200020016a2d00000440200141016a21010c010b0b1001200020014100100241011000000b1c00100141c00041154100100241002d0000044041800110030b41000b0b5f020041c0000b15776173692d70726f626520737464657272206f6b0a004180010b3d636f6d706f6e656e742d7374646572723a20626c6f636b696e672d77726974652d616e642d666c75736820746f20737464657272206661696c65640a000049046e616d650005044d61696e012004000465786974010a6765742d7374646572720205777269746503046661696c020d01030200036d736701036c656e030a0103010005636f756e740245020103046578697400010a6765742d737464657272000218626c6f636b696e672d77726974652d616e642d666c7573680003000102066d656d6f72791200047761736912010708026a000040000006060901000001020372756e0806010000040007050a010101000372756e01030b18010012776173693a636c692f72756e40302e322e3005040000fe010e636f6d706f6e656e742d6e616d65013400000400077265616c6c6f630109657869742d636f7265020f6765742d7374646572722d636f7265030a77726974652d636f7265010800020100036d656d011100110200064d656d6f727901044d61696e011100120200066d656d6f727902046d61696e012301040007657869742d666e010a6765742d73746465727202057772697465030372756e012f030500046578697402056572726f72030773747265616d73040d6f75747075742d73747265616d0506737464657272013105050004657869740108696f2d6572726f72020773747265616d730306737464657272040c72756e2d696e7374616e6365',
    'component-stdin': '0061736d0d000100071d014203016a0000014001067374617475730001000400046578697401010a18010013776173693a636c692f6578697440302e322e300500070d0142010400056572726f7203010a18010013776173693a696f2f6572726f7240302e322e300501060a01030001056572726f7207860201421102030201020400056572726f72030000016901017102156c6173742d6f7065726174696f6e2d6661696c656401020006636c6f736564000004000c73747265616d2d6572726f7203000304000c696e7075742d73747265616d030101680501707d016a010701040140020473656c6606036c656e7700080400225b6d6574686f645d696e7075742d73747265616d2e626c6f636b696e672d72656164010904000d6f75747075742d73747265616d030101680a01707d016a0001040140020473656c660b08636f6e74656e74730c000d04002e5b6d6574686f645d6f75747075742d73747265616d2e626c6f636b696e672d77726974652d616e642d666c757368010e0a1a010015776173693a696f2f73747265616d7340302e322e3005030612010300020d6f75747075742d73747265616d0732014205020302010404000d6f75747075742d73747265616d030000016901014000000204000a6765742d73746465727201030a1a010015776173693a636c692f73746465727240302e322e3005050611010300020c696e7075742d73747265616d0730014205020302010604000c696e7075742d73747265616d03000001690101400000020400096765742d737464696e01030a19010014776173693a636c692f737464696e40302e322e30050701e1010061736d0100000001090160047f7f7f7f017f0302010005030100010607017f014180200b071402066d656d6f72790200077265616c6c6f6300000a60015e01027f2300200241016b6a410020026b712104200420036a210520053f00418080046c4b044020053f00418080046c6b41107641016a4000417f460440000b0b2005240020000440200420002001200320012003491bfc0a00000b20040b0042046e616d650007064d656d6f7279022901000600036f6c6401086f6c642d73697a650205616c69676e030473697a6504037074720503656e6407070100046e65787402040100000006250300020100066d656d6f727900000100077265616c6c6f63010004096765742d737464696e08050101000000062701010002225b6d6574686f645d696e7075742d73747265616d2e626c6f636b696e672d726561640809010100010203000400060901010000046578697408050101000200060f010100030a6765742d737464657272080501010003000633010100022e5b6d6574686f645d6f75747075742d73747265616d2e626c6f636b696e672d77726974652d616e642d666c75736808070101000401030001f0060061736d0100000001160460017f006000017f60047f7f7f7f0060037f7e7f00027606066d656d6f7279066d656d6f727902000104776173690465786974000004776173690a6765742d7374646572720001047761736918626c6f636b696e672d77726974652d616e642d666c75736800020477617369096765742d737464696e000104776173690d626c6f636b696e672d72656164000303030200010707010372756e00060ae501022a01017f0340200020016a2d00000440200141016a21010c010b0b1001200020014100100241011000000bb70101067f10032100034020004280084110100441102d0000044041142d0000410147044041800210050b2002411647044041800410050b41000f0b41142802002103411828020021042004450440200141016a2101200141e4004f044041800310050b0c010b41002101200220046a41164b044041800110050b410021050340200320056a2d000041c000200220056a6a2d000047044041800110050b200541016a210520052004490d000b200220046a21020c000b000b0bc302050041c0000b16776173692d70726f626520737464696e206c696e650a004180010b48636f6d706f6e656e742d737464696e3a20737464696e2067617665206f74686572206279746573207468616e2022776173692d70726f626520737464696e206c696e655c6e220a00004180020b4b636f6d706f6e656e742d737464696e3a20626c6f636b696e672d72656164206661696c656420286c6173742d6f7065726174696f6e2d6661696c6564292c206e6f7420636c6f7365640a00004180030b34636f6d706f6e656e742d737464696e3a2031303020656d7074792072656164732c20616e64206e6576657220636c6f7365640a00004180040b47636f6d706f6e656e742d737464696e3a20737464696e20636c6f736564206265666f726520616c6c206f662022776173692d70726f626520737464696e206c696e655c6e220a00009901046e616d650005044d61696e013a06000465786974010a6765742d7374646572720205777269746503096765742d737464696e040d626c6f636b696e672d7265616405046661696c023202050200036d736701036c656e06060005737464696e0105656d70747902047365656e0305627974657304036c656e050169031b0205010005636f756e7406020004726561640707636f6d706172650261020105096765742d737464696e00010d626c6f636b696e672d726561640002046578697400030a6765742d737464657272000418626c6f636b696e672d77726974652d616e642d666c7573680005000102066d656d6f72791200047761736912010708026a000040000008060901000001020372756e0806010000060009050a010101000372756e01050b18010012776173693a636c692f72756e40302e322e3005050000d8020e636f6d706f6e656e742d6e616d65015800000600077265616c6c6f63010e6765742d737464696e2d636f72650212626c6f636b696e672d726561642d636f72650309657869742d636f7265040f6765742d7374646572722d636f7265050a77726974652d636f7265010800020100036d656d011100110200064d656d6f727901044d61696e011100120200066d656d6f727902046d61696e013d010600096765742d737464696e010d626c6f636b696e672d726561640207657869742d666e030a6765742d73746465727204057772697465050372756e0144030700046578697402056572726f72030773747265616d73040d6f75747075742d73747265616d0506737464657272060c696e7075742d73747265616d0705737464696e013805060004657869740108696f2d6572726f72020773747265616d7303067374646572720405737464696e050c72756e2d696e7374616e6365',
    'component-stdout': '0061736d0d000100071d014203016a0000014001067374617475730001000400046578697401010a18010013776173693a636c692f6578697440302e322e300500070d0142010400056572726f7203010a18010013776173693a696f2f6572726f7240302e322e300501060a01030001056572726f7207b20101420b02030201020400056572726f72030000016901017102156c6173742d6f7065726174696f6e2d6661696c656401020006636c6f736564000004000c73747265616d2d6572726f7203000304000d6f75747075742d73747265616d030101680501707d016a0001040140020473656c660608636f6e74656e747307000804002e5b6d6574686f645d6f75747075742d73747265616d2e626c6f636b696e672d77726974652d616e642d666c75736801090a1a010015776173693a696f2f73747265616d7340302e322e3005030612010300020d6f75747075742d73747265616d0732014205020302010404000d6f75747075742d73747265616d030000016901014000000204000a6765742d73746465727201030a1a010015776173693a636c692f73746465727240302e322e3005050732014205020302010404000d6f75747075742d73747265616d030000016901014000000204000a6765742d7374646f757401030a1a010015776173693a636c692f7374646f757440302e322e30050601e1010061736d0100000001090160047f7f7f7f017f0302010005030100010607017f014180200b071402066d656d6f72790200077265616c6c6f6300000a60015e01027f2300200241016b6a410020026b712104200420036a210520053f00418080046c4b044020053f00418080046c6b41107641016a4000417f460440000b0b2005240020000440200420002001200320012003491bfc0a00000b20040b0042046e616d650007064d656d6f7279022901000600036f6c6401086f6c642d73697a650205616c69676e030473697a6504037074720503656e6407070100046e65787402040100000006260300020100066d656d6f727900000100077265616c6c6f630100040a6765742d7374646f757408050101000000060901010000046578697408050101000100060f010100030a6765742d737464657272080501010002000633010100022e5b6d6574686f645d6f75747075742d73747265616d2e626c6f636b696e672d77726974652d616e642d666c7573680807010100030103000188030061736d0100000001100360017f006000017f60047f7f7f7f00026205066d656d6f7279066d656d6f727902000104776173690465786974000004776173690a6765742d7374646572720001047761736918626c6f636b696e672d77726974652d616e642d666c757368000204776173690a6765742d7374646f7574000103030200010707010372756e00050a49022a01017f0340200020016a2d00000440200141016a21010c010b0b1001200020014100100241011000000b1c00100341c000410e4100100241002d0000044041800110040b41000b0b58020041c0000b0e776173692d70726f6265206f6b0a004180010b3d636f6d706f6e656e742d7374646f75743a20626c6f636b696e672d77726974652d616e642d666c75736820746f207374646f7574206661696c65640a000055046e616d650005044d61696e012c05000465786974010a6765742d73746465727202057772697465030a6765742d7374646f757404046661696c020d01040200036d736701036c656e030a0104010005636f756e7402520201040a6765742d7374646f75740001046578697400020a6765742d737464657272000318626c6f636b696e672d77726974652d616e642d666c7573680004000102066d656d6f72791200047761736912010708026a000040000007060901000001020372756e0806010000050008050a010101000372756e01040b18010012776173693a636c692f72756e40302e322e3005050000ab020e636f6d706f6e656e742d6e616d65014500000500077265616c6c6f63010f6765742d7374646f75742d636f72650209657869742d636f7265030f6765742d7374646572722d636f7265040a77726974652d636f7265010800020100036d656d011100110200064d656d6f727901044d61696e011100120200066d656d6f727902046d61696e012f0105000a6765742d7374646f75740107657869742d666e020a6765742d73746465727203057772697465040372756e0137030600046578697402056572726f72030773747265616d73040d6f75747075742d73747265616d050673746465727206067374646f7574013905060004657869740108696f2d6572726f72020773747265616d73030673746465727204067374646f7574050c72756e2d696e7374616e6365',
    'exit-code': '0061736d0100000001080260017f0060000002240116776173695f736e617073686f745f70726576696577310970726f635f657869740000030201010503010001071302066d656d6f72790200065f737461727400010a09010700412a1000000b',
    'feature-bulk-memory': '0061736d0100000001080260017f0060000002240116776173695f736e617073686f745f70726576696577310970726f635f657869740000030201010503010001071302066d656d6f72790200065f737461727400010a260124004100412a4104fc0b00410841004104fc0a0000410828020041aad4a8d102471000000b',
    'feature-exceptions': '0061736d0100000001080260017f0060000002240116776173695f736e617073686f745f70726576696577310970726f635f657869740000030302010105030100010d03010000071302066d656d6f72790200065f737461727400020a1a020600412a08000b1100067f1001410007000b412a471000000b',
    'feature-exnref': '0061736d0100000001080260017f0060000002240116776173695f736e617073686f745f70726576696577310970726f635f6578697400000302010105030100010d03010000071302066d656d6f72790200065f737461727400010a24012200027f1f400100000002691f40010300412a08000b000b0a0b000b412a471000000b',
    'feature-extended-const': '0061736d0100000001080260017f0060000002240116776173695f736e617073686f745f70726576696577310970726f635f6578697400000302010105030100010609017f00410141026a0b071302066d656d6f72790200065f737461727400010a0c010a0023004103471000000b',
    'feature-gc': '0061736d01000000010e0360017f006000005f027f007f0002240116776173695f736e617073686f745f70726576696577310970726f635f657869740000030201010503010001071302066d656d6f72790200065f737461727400010a1501130041074123fb0002fb0202014123471000000b',
    'feature-memory64': '0061736d0100000001080260017f0060000002240116776173695f736e617073686f745f70726576696577310970726f635f657869740000030201010503010401071302066d656d6f72790200065f737461727400010a2201200042fcff0341f8acd1910136020042fcff0328020041f8acd19101471000000b',
    'feature-multi-memory': '0061736d0100000001080260017f0060000002240116776173695f736e617073686f745f70726576696577310970726f635f6578697400000302010105050200010001071302066d656d6f72790200065f737461727400010a29012700411041e3003642010041102842010041e300470440410110000b41102802004100471000000b',
    'feature-multi-value': '0061736d01000000010d0360017f006000027f7f60000002240116776173695f736e617073686f745f70726576696577310970726f635f65786974000003030201020503010001071302066d656d6f72790200065f737461727400020a14020600410741050b0b0010016b4102471000000b',
    'feature-mutable-globals': '0061736d0100000001080260017f0060000002240116776173695f736e617073686f745f70726576696577310970726f635f6578697400000302010105030100010606017f0141000b071d03066d656d6f72790200065f7374617274000107636f756e74657203000a10010e004107240023004107471000000b',
    'feature-reference-types': '0061736d0100000001080260017f0060000002240116776173695f736e617073686f745f70726576696577310970726f635f657869740000030201010404017000010503010001071302066d656d6f72790200065f737461727400010a130111004100d070260041002500d1451000000b',
    'feature-relaxed-simd': '0061736d0100000001080260017f0060000002240116776173695f736e617073686f745f70726576696577310970726f635f657869740000030201010503010001071302066d656d6f72790200065f737461727400010a49014700fd0c0000c03f0000c03f0000c03f0000c03ffd0c00000040000000400000004000000040fd0c0000003f0000003f0000003f0000003ffd8502fd1f0043000060405c1000000b',
    'feature-saturating-float-to-int': '0061736d0100000001080260017f0060000002240116776173695f736e617073686f745f70726576696577310970726f635f657869740000030201010503010001071302066d656d6f72790200065f737461727400010a15011300437684df50fc0041ffffffff07471000000b',
    'feature-sign-extension': '0061736d0100000001080260017f0060000002240116776173695f736e617073686f745f70726576696577310970726f635f657869740000030201010503010001071302066d656d6f72790200065f737461727400010a0f010d00418001c041807f471000000b',
    'feature-simd': '0061736d0100000001080260017f0060000002240116776173695f736e617073686f745f70726576696577310970726f635f657869740000030201010503010001071302066d656d6f72790200065f737461727400010a34013200fd0c0a000000140000001e00000028000000fd0c01000000020000000300000004000000fdae01fd1b024121471000000b',
    'feature-tail-call': '0061736d0100000001110460017f0060017f017f6000017f60000002240116776173695f736e617073686f745f70726576696577310970726f635f6578697400000304030102030503010001071302066d656d6f72790200065f737461727400030a1b030700200041016a0b0600412912010b0a001002412a471000000b',
    'feature-threads': '0061736d0100000001080260017f0060000002240116776173695f736e617073686f745f70726576696577310970726f635f65786974000003020101050401030101071302066d656d6f72790200065f737461727400010a290127004100410536020041004103fe1e02004105470440410110000b4100fe1002004108471000000b',
    'feature-typed-function-references': '0061736d0100000001120460017f006000006000017f60016402017f02240116776173695f736e617073686f745f70726576696577310970726f635f6578697400000304030203010503010001071302066d656d6f72790200065f73746172740003090501030001010a1a030400412a0b0600200014020b0c00d2011002412a471000000b',
    'feature-wide-arithmetic': '0061736d0100000001080260017f0060000002240116776173695f736e617073686f745f70726576696577310970726f635f657869740000030201010503010001071302066d656d6f72790200065f737461727400010a1a011801017e427f4202fc152100427e522000427f52721000000b',
    'seed': '0061736d0100000001080260017f0060000002240116776173695f736e617073686f745f70726576696577310970726f635f657869740000030201010503010010071302066d656d6f72790200065f737461727400010a0901070041001000000b',
    'stdout': '0061736d0100000001100360047f7f7f7f017f60017f0060000002460216776173695f736e617073686f745f70726576696577310866645f7772697465000016776173695f736e617073686f745f70726576696577310970726f635f657869740001030201020503010001071302066d656d6f72790200065f737461727400020a28012600410041103602004104410e360200410141004101410810000440410110010b41001001000b0b14010041100b0e776173692d70726f6265206f6b0a',
    'wasi-args': '0061736d0100000001150460027f7f017f60017f0060037f7f7f017f600000026e0316776173695f736e617073686f745f70726576696577310e617267735f73697a65735f676574000016776173695f736e617073686f745f707265766965773108617267735f676574000016776173695f736e617073686f745f70726576696577310970726f635f65786974000103030202030503010001071302066d656d6f72790200065f737461727400040abb0102370002400340200245044041010f0b20002d000020012d0000470d01200041016a2100200141016a2101200241016b21020c000b0b41000b800101017f4100410410000440410110020b41002802004103470440410210020b3f00418080046c21004104280200410c6a418080046e41016a4000417f460440410310020b20002000410c6a10010440410410020b2000280204411041061003450440410510020b20002802084120410b1003450440410610020b41001002000b0b1c020041100b06616c706861000041200b0b626574612067616d6d6100',
    'wasi-clock': '0061736d01000000010f0360037f7e7f017f60017f00600000024c0216776173695f736e617073686f745f70726576696577310e636c6f636b5f74696d655f676574000016776173695f736e617073686f745f70726576696577310970726f635f657869740001030201020503010001071302066d656d6f72790200065f737461727400020a6f016d0041004201410010000440410110010b4100290300500440410210010b41014201410810000440410310010b4108290300500440410410010b41014201411010000440410510010b4110290300500440410610010b41102903004108290300540440410710010b41001001000b',
    'wasi-environ': '0061736d0100000001150460027f7f017f60017f0060037f7f7f017f60000002740316776173695f736e617073686f745f707265766965773111656e7669726f6e5f73697a65735f676574000016776173695f736e617073686f745f70726576696577310b656e7669726f6e5f676574000016776173695f736e617073686f745f70726576696577310970726f635f65786974000103030202030503010001071302066d656d6f72790200065f737461727400040aff0102370002400340200245044041010f0b20002d000020012d0000470d01200041016a2100200141016a2101200241016b21020c000b0b41000bc40101067f4100410410000440410110020b410028020021012001450440410410020b3f00418080046c2100200141046c41042802006a418080046e41016a4000417f460440410210020b20002000200141046c6a10010440410310020b02400340200220014f0d012000200241046c6a280200210320034110410f1003044020032104200541016a21050b200241016a21020c000b0b2005450440410410020b200541014b0440410510020b2004410f6a4120411d1003450440410610020b41001002000b0b37020041100b0f574153495f50524f42455f5641523d0041200b1d76616c75652077697468207370616365733d616e6420657175616c7300',
    'wasi-exit-125': '0061736d0100000001080260017f0060000002240116776173695f736e617073686f745f70726576696577310970726f635f657869740000030201010503010001071302066d656d6f72790200065f737461727400010a0a01080041fd001000000b',
    'wasi-exit-126': '0061736d0100000001080260017f0060000002240116776173695f736e617073686f745f70726576696577310970726f635f657869740000030201010503010001071302066d656d6f72790200065f737461727400010a0a01080041fe001000000b',
    'wasi-missing-file': '0061736d0100000001260660027f7f017f60037f7f7f017f60097f7f7f7f7f7e7e7f7f017f60017f006000017f600000029c010416776173695f736e617073686f745f70726576696577310e66645f707265737461745f676574000016776173695f736e617073686f745f70726576696577311366645f707265737461745f6469725f6e616d65000116776173695f736e617073686f745f707265766965773109706174685f6f70656e000216776173695f736e617073686f745f70726576696577310970726f635f65786974000303040304000505030100010606017f0141000b071302066d656d6f72790200065f737461727400060ae501036101037f41032100417f2101417f210202400340200041c0004f0d012000410010000d0141002d000045044020004104280200100504402000210205200021010b0b200041016a21000c000b0b200141004e044020010f0b200241004e240020020b2e00200145200141024b72044041000f0b410841003b01002000410820011001044041000f0b41082f0100412f460b5201027f1004210020004100480440410310030b200041014120412823001b411a411223001b410042a6808001420041004110100221012001450440410110030b2001412c470440410210030b41001003000b0b20010041200b1a73616e64626f782f646f65732d6e6f742d65786973742e747874',
    'wasi-poll': '0061736d0100000001100360047f7f7f7f017f60017f0060000002490216776173695f736e617073686f745f70726576696577310b706f6c6c5f6f6e656f6666000016776173695f736e617073686f745f70726576696577310970726f635f657869740001030201020503010001071302066d656d6f72790200065f737461727400020a59015700410042c29ec98295e9d4a0d70037030041104101360200411842c0843d370300410041c000410141800110000440410110010b4180012802004101470440410210010b41c8002f01000440410310010b41001001000b',
    'wasi-preopen-read': '0061736d0100000001330860027f7f017f60037f7f7f017f60097f7f7f7f7f7e7e7f7f017f60047f7f7f7f017f60017f017f60017f006000017f6000000281020716776173695f736e617073686f745f70726576696577310e66645f707265737461745f676574000016776173695f736e617073686f745f70726576696577311366645f707265737461745f6469725f6e616d65000116776173695f736e617073686f745f707265766965773109706174685f6f70656e000216776173695f736e617073686f745f70726576696577310766645f72656164000316776173695f736e617073686f745f70726576696577310866645f7772697465000316776173695f736e617073686f745f70726576696577310866645f636c6f7365000416776173695f736e617073686f745f70726576696577310970726f635f65786974000503040306000705030100010606017f0141000b071302066d656d6f72790200065f737461727400090acb02036101037f41032100417f2101417f210202400340200041c0004f0d012000410010000d0141002d000045044020004104280200100804402000210205200021010b0b200041016a21000c000b0b200141004e044020010f0b200241004e240020020b2e00200145200141024b72044041000f0b410841003b01002000410820011001044041000f0b41082f0100412f460bb70101047f1007210020004100480440410110060b200041014120412823001b4111410923001b410042a680800142004100411010020440410210060b411028020021010240034020024180024f0d01411841800220026a360200411c41800220026b360200200141184101411410030440410310060b411428020021032003450d01200220036a21020c000b0b4118418002360200411c2002360200410141184101411410040440410410060b200110051a41001006000b0b17010041200b1173616e64626f782f696e7075742e747874',
    'wasi-preopen-write': '0061736d0100000001330860027f7f017f60037f7f7f017f60097f7f7f7f7f7e7e7f7f017f60047f7f7f7f017f60017f017f60017f006000017f60000002e0010616776173695f736e617073686f745f70726576696577310e66645f707265737461745f676574000016776173695f736e617073686f745f70726576696577311366645f707265737461745f6469725f6e616d65000116776173695f736e617073686f745f707265766965773109706174685f6f70656e000216776173695f736e617073686f745f70726576696577310866645f7772697465000316776173695f736e617073686f745f70726576696577310866645f636c6f7365000416776173695f736e617073686f745f70726576696577310970726f635f65786974000503040306000705030100010606017f0141000b071302066d656d6f72790200065f737461727400080a9602036101037f41032100417f2101417f210202400340200041c0004f0d012000410010000d0141002d000045044020004104280200100704402000210205200021010b0b200041016a21000c000b0b200141004e044020010f0b200241004e240020020b2e00200145200141024b72044041000f0b410841003b01002000410820011001044041000f0b41082f0100412f460b820101027f1006210020004100480440410110050b200041014120412823001b4112410a23001b410942f580800342004100411010020440410210050b41102802002101411841c000360200411c4116360200200141184101411410030440410310050b41142802004116470440410410050b200110040440410510050b41001005000b0b34020041200b1273616e64626f782f6f75747075742e7478740041c0000b167772697474656e20627920776173692d70726f62650a',
    'wasi-random': '0061736d01000000010e0360027f7f017f60017f0060000002480216776173695f736e617073686f745f70726576696577310a72616e646f6d5f676574000016776173695f736e617073686f745f70726576696577310970726f635f657869740001030201020503010001071302066d656d6f72790200065f737461727400020a350133004100412010000440410110010b4100290300410829030084411029030041182903008484500440410210010b41001001000b',
    'wasi-sched': '0061736d01000000010c036000017f60017f0060000002490216776173695f736e617073686f745f70726576696577310b73636865645f7969656c64000016776173695f736e617073686f745f70726576696577310970726f635f657869740001030201020503010001071302066d656d6f72790200065f737461727400020a1201100010000440410110010b41001001000b',
    'wasi-stderr': '0061736d0100000001100360047f7f7f7f017f60017f0060000002460216776173695f736e617073686f745f70726576696577310866645f7772697465000016776173695f736e617073686f745f70726576696577310970726f635f657869740001030201020503010001071302066d656d6f72790200065f737461727400020a280126004100411036020041044115360200410241004101410810000440410110010b41001001000b0b1b010041100b15776173692d70726f626520737464657272206f6b0a',
    'wasi-stdin': '0061736d0100000001100360047f7f7f7f017f60017f0060000002670316776173695f736e617073686f745f70726576696577310766645f72656164000016776173695f736e617073686f745f70726576696577310866645f7772697465000016776173695f736e617073686f745f70726576696577310970726f635f657869740001030201020503010001071302066d656d6f72790200065f737461727400030abe0101bb0101027f0240034020004180044f0d01410041800220006a360200410441800420006b360200410041004101410810000440410110020b4108280200450d01200041082802006a21000c000b0b410041800236020041042000360200410141004101410810010440410410020b20004180044f0440410310020b20004116470440410210020b02400340200141164f0d0141800220016a2d000041c00020016a2d0000470440410210020b200141016a21010c000b0b41001002000b0b1d010041c0000b16776173692d70726f626520737464696e206c696e650a',
    'wasi-trap': '0061736d0100000001080260017f0060000002240116776173695f736e617073686f745f70726576696577310970726f635f657869740000030201010503010001071302066d656d6f72790200065f737461727400010a05010300000b',
};

;// CONCATENATED MODULE: ./src/probes/catalog.ts

const STDOUT_LINE = 'wasi-probe ok\n';
/**
 * Together these tell a real WASI run from a handler that exits 0 whatever it
 * is given: a runtime supports WASI only when all three pass.
 */
const BASIC_PROBES = [
    {
        id: 'seed',
        category: 'basic',
        module: 'seed',
        description: 'the 97-byte seed module: proc_exit(0)',
        args: [],
        env: {},
        expect: { exitCode: 0 }
    },
    {
        id: 'exit-code',
        category: 'basic',
        module: 'exit-code',
        description: 'proc_exit(42) comes out as exit code 42',
        args: [],
        env: {},
        expect: { exitCode: 42 }
    },
    {
        id: 'stdout',
        category: 'basic',
        module: 'stdout',
        description: `fd_write to fd 1 prints ${JSON.stringify(STDOUT_LINE)}`,
        args: [],
        env: {},
        expect: { exitCode: 0, stdout: STDOUT_LINE }
    }
];
/** The bytes a probe runs. */
function probeBytes(probe) {
    return moduleBytes(probe.module);
}
function moduleBytes(id) {
    return Uint8Array.from(Buffer.from(MODULE_HEX[id], 'hex'));
}

;// CONCATENATED MODULE: ./src/probes/wasi.ts
/** argv[1] and argv[2]; the second holds a space, so it must come through as one argument. */
const WASI_ARGS = ['alpha', 'beta gamma'];
const WASI_ENV_NAME = 'WASI_PROBE_VAR';
/** Holds a space and an `=`: only the first `=` of an entry ends the name. */
const WASI_ENV_VALUE = 'value with spaces=and equals';
/** Where the harness preopens the probe directory for the guest. */
const PREOPEN_GUEST = '/sandbox';
const PREOPEN_INPUT_FILE = 'input.txt';
const PREOPEN_FILE_CONTENT = 'wasi-probe file content\n';
const PREOPEN_OUTPUT_FILE = 'output.txt';
const PREOPEN_WRITTEN_CONTENT = 'written by wasi-probe\n';
const STDERR_LINE = 'wasi-probe stderr ok\n';
/** What the stdin probes are given on stdin, and check they read, then the end of input. */
const STDIN_LINE = 'wasi-probe stdin line\n';
const WASI_PROBES = [
    {
        id: 'wasi-args',
        category: 'wasi',
        module: 'wasi-args',
        description: `args_get passes ${JSON.stringify(WASI_ARGS)} after argv[0]`,
        args: [...WASI_ARGS],
        env: {},
        expect: { exitCode: 0 }
    },
    {
        id: 'wasi-environ',
        category: 'wasi',
        module: 'wasi-environ',
        description: `environ_get holds exactly one ${WASI_ENV_NAME}=${JSON.stringify(WASI_ENV_VALUE)}`,
        args: [],
        env: { [WASI_ENV_NAME]: WASI_ENV_VALUE },
        expect: { exitCode: 0 }
    },
    {
        id: 'wasi-clock',
        category: 'wasi',
        module: 'wasi-clock',
        description: 'clock_time_get: realtime non-zero, monotonic non-zero and not going backwards',
        args: [],
        env: {},
        expect: { exitCode: 0 }
    },
    {
        id: 'wasi-random',
        category: 'wasi',
        module: 'wasi-random',
        description: 'random_get fills 32 zeroed bytes with something not all zero',
        args: [],
        env: {},
        expect: { exitCode: 0 }
    },
    {
        id: 'wasi-stderr',
        category: 'wasi',
        module: 'wasi-stderr',
        description: `fd_write to fd 2 prints ${JSON.stringify(STDERR_LINE)}`,
        args: [],
        env: {},
        expect: { exitCode: 0, stderrIncludes: STDERR_LINE.trimEnd() }
    },
    {
        id: 'wasi-stdin',
        category: 'wasi',
        module: 'wasi-stdin',
        description: `fd_read of fd 0 until it ends gives ${JSON.stringify(STDIN_LINE)}, echoed to stdout`,
        args: [],
        env: {},
        stdin: STDIN_LINE,
        expect: { exitCode: 0, stdout: STDIN_LINE }
    },
    {
        id: 'wasi-preopen-read',
        category: 'wasi',
        module: 'wasi-preopen-read',
        description: `path_open and fd_read ${PREOPEN_INPUT_FILE} in a preopened directory, echoed to stdout`,
        args: [],
        env: {},
        dir: { guest: PREOPEN_GUEST, files: { [PREOPEN_INPUT_FILE]: PREOPEN_FILE_CONTENT } },
        expect: { exitCode: 0, stdout: PREOPEN_FILE_CONTENT }
    },
    {
        id: 'wasi-preopen-write',
        category: 'wasi',
        module: 'wasi-preopen-write',
        description: `path_open with O_CREAT|O_TRUNC, fd_write and fd_close make ${PREOPEN_OUTPUT_FILE} on the host`,
        args: [],
        env: {},
        dir: { guest: PREOPEN_GUEST, files: {} },
        expect: { exitCode: 0, files: { [PREOPEN_OUTPUT_FILE]: PREOPEN_WRITTEN_CONTENT } }
    },
    {
        id: 'wasi-missing-file',
        category: 'wasi',
        module: 'wasi-missing-file',
        description: 'path_open of a missing file returns ENOENT (44) rather than trapping or succeeding',
        args: [],
        env: {},
        dir: { guest: PREOPEN_GUEST, files: {} },
        expect: { exitCode: 0 }
    },
    {
        id: 'wasi-poll',
        category: 'wasi',
        module: 'wasi-poll',
        description: 'poll_oneoff on a 1 ms monotonic clock timeout returns one event without error',
        args: [],
        env: {},
        expect: { exitCode: 0 }
    },
    {
        id: 'wasi-sched',
        category: 'wasi',
        module: 'wasi-sched',
        description: 'sched_yield returns success',
        args: [],
        env: {},
        expect: { exitCode: 0 }
    },
    {
        id: 'wasi-exit-125',
        category: 'wasi',
        module: 'wasi-exit-125',
        description: 'proc_exit(125): the largest code shells leave to programs',
        args: [],
        env: {},
        expect: { exitCode: 125, recordOnly: true }
    },
    {
        id: 'wasi-exit-126',
        category: 'wasi',
        module: 'wasi-exit-126',
        description: 'proc_exit(126): a code shells reserve, which some runtimes refuse',
        args: [],
        env: {},
        expect: { exitCode: 126, recordOnly: true }
    },
    {
        id: 'wasi-trap',
        category: 'wasi',
        module: 'wasi-trap',
        description: '_start executes unreachable: the run must fail, never exit 0',
        args: [],
        env: {},
        expect: { exitCode: 'nonzero' }
    }
];

;// CONCATENATED MODULE: ./src/probes/components.ts
// The component probes: WASI 0.2 (preview2) components, not core modules
// (src/probes/wat/component-*.wat). Their bytes start 0061736d 0d000100, the
// component-model header, so only a runtime that runs components can load them.
// They import the @0.2.0 interfaces, which every 0.2 host accepts. The
// components check what they are given themselves: a failed check writes what
// failed to stderr and exits with err (exit code 1).


const WASIP2 = { category: 'component', wasiVersion: 'wasm32-wasip2' };
const COMPONENT_PROBES = [
    {
        id: 'component-cli-run',
        ...WASIP2,
        module: 'component-cli-run',
        description: 'a WASI 0.2 command component: exports wasi:cli/run, calls wasi:cli/exit',
        args: [],
        env: {},
        expect: { exitCode: 0 }
    },
    {
        id: 'component-exit-err',
        ...WASIP2,
        module: 'component-exit-err',
        description: 'wasi:cli/exit exit(err) ends the run with exit code 1',
        args: [],
        env: {},
        expect: { exitCode: 1 }
    },
    {
        id: 'component-run-err',
        ...WASIP2,
        module: 'component-run-err',
        description: 'wasi:cli/run returns err without calling exit: exit code 1',
        args: [],
        env: {},
        expect: { exitCode: 1 }
    },
    {
        id: 'component-args',
        ...WASIP2,
        module: 'component-args',
        description: `wasi:cli/environment get-arguments gives ${JSON.stringify(WASI_ARGS)} after the program's name`,
        args: [...WASI_ARGS],
        env: {},
        expect: { exitCode: 0 }
    },
    {
        id: 'component-env',
        ...WASIP2,
        module: 'component-env',
        description: `wasi:cli/environment get-environment holds exactly one ${WASI_ENV_NAME}=${JSON.stringify(WASI_ENV_VALUE)}`,
        args: [],
        env: { [WASI_ENV_NAME]: WASI_ENV_VALUE },
        expect: { exitCode: 0 }
    },
    {
        id: 'component-stdout',
        ...WASIP2,
        module: 'component-stdout',
        description: `wasi:cli/stdout and output-stream blocking-write-and-flush print ${JSON.stringify(STDOUT_LINE)}`,
        args: [],
        env: {},
        expect: { exitCode: 0, stdout: STDOUT_LINE }
    },
    {
        id: 'component-stderr',
        ...WASIP2,
        module: 'component-stderr',
        description: `wasi:cli/stderr and output-stream blocking-write-and-flush print ${JSON.stringify(STDERR_LINE)}`,
        args: [],
        env: {},
        expect: { exitCode: 0, stderrIncludes: STDERR_LINE.trimEnd() }
    },
    {
        id: 'component-stdin',
        ...WASIP2,
        module: 'component-stdin',
        description: `wasi:cli/stdin and input-stream blocking-read give ${JSON.stringify(STDIN_LINE)}, then closed`,
        args: [],
        env: {},
        stdin: STDIN_LINE,
        expect: { exitCode: 0 }
    },
    {
        id: 'component-clocks',
        ...WASIP2,
        module: 'component-clocks',
        description: 'wasi:clocks monotonic-clock now non-zero and not going backwards; wall-clock now between 2020 and 2100',
        args: [],
        env: {},
        expect: { exitCode: 0 }
    },
    {
        id: 'component-random',
        ...WASIP2,
        module: 'component-random',
        description: 'wasi:random get-random-bytes(32) gives 32 bytes not all zero; get-random-u64 is not zero',
        args: [],
        env: {},
        expect: { exitCode: 0 }
    },
    {
        id: 'component-preopen-read',
        ...WASIP2,
        module: 'component-preopen-read',
        description: `wasi:filesystem preopens and descriptor open-at and read ${PREOPEN_INPUT_FILE} in ${PREOPEN_GUEST}, echoed to stdout`,
        args: [],
        env: {},
        dir: { guest: PREOPEN_GUEST, files: { [PREOPEN_INPUT_FILE]: PREOPEN_FILE_CONTENT } },
        expect: { exitCode: 0, stdout: PREOPEN_FILE_CONTENT }
    },
    {
        id: 'component-preopen-write',
        ...WASIP2,
        module: 'component-preopen-write',
        description: `wasi:filesystem descriptor open-at (create, truncate) and write make ${PREOPEN_OUTPUT_FILE} on the host`,
        args: [],
        env: {},
        dir: { guest: PREOPEN_GUEST, files: {} },
        expect: { exitCode: 0, files: { [PREOPEN_OUTPUT_FILE]: PREOPEN_WRITTEN_CONTENT } }
    },
    {
        id: 'component-missing-file',
        ...WASIP2,
        module: 'component-missing-file',
        description: 'wasi:filesystem descriptor open-at of a missing file returns err(no-entry)',
        args: [],
        env: {},
        dir: { guest: PREOPEN_GUEST, files: {} },
        expect: { exitCode: 0 }
    }
];

;// CONCATENATED MODULE: ./src/probes/components-0.3.ts
// The WASI 0.3 component probes (src/probes/wat/component-0.3-*.wat): each a
// component exporting wasi:cli/run@0.3.0, so only a runtime that runs WASI 0.3
// components (wasmtime from 46, jco on a Node with JSPI) can run them. The
// components check what they are given themselves: run returns err (exit 1)
// when a check fails.


const WASIP3 = { category: 'component-0.3', wasiVersion: 'wasm32-wasip3' };
const COMPONENT_03_PROBES = [
    {
        id: 'component-0.3-run',
        ...WASIP3,
        module: 'component-0.3-run',
        description: 'exports wasi:cli/run@0.3.0 (an async lift); run returns ok through task.return',
        args: [],
        env: {},
        expect: { exitCode: 0 }
    },
    {
        id: 'component-0.3-run-err',
        ...WASIP3,
        module: 'component-0.3-run-err',
        description: 'wasi:cli/run@0.3.0 returns err through task.return: exit code 1',
        args: [],
        env: {},
        expect: { exitCode: 1 }
    },
    {
        id: 'component-0.3-exit-ok',
        ...WASIP3,
        module: 'component-0.3-exit-ok',
        description: 'wasi:cli/exit@0.3.0 exit(ok) ends the run with 0, before run would return err',
        args: [],
        env: {},
        expect: { exitCode: 0 }
    },
    {
        id: 'component-0.3-exit-err',
        ...WASIP3,
        module: 'component-0.3-exit-err',
        description: 'wasi:cli/exit@0.3.0 exit(err) ends the run with 1, before run would return ok',
        args: [],
        env: {},
        expect: { exitCode: 1 }
    },
    {
        id: 'component-0.3-args',
        ...WASIP3,
        module: 'component-0.3-args',
        description: `wasi:cli/environment@0.3.0 get-arguments gives ${JSON.stringify(WASI_ARGS)} after the program's name`,
        args: [...WASI_ARGS],
        env: {},
        expect: { exitCode: 0 }
    },
    {
        id: 'component-0.3-env',
        ...WASIP3,
        module: 'component-0.3-env',
        description: `wasi:cli/environment@0.3.0 get-environment holds exactly one ${WASI_ENV_NAME}=${JSON.stringify(WASI_ENV_VALUE)}`,
        args: [],
        env: { [WASI_ENV_NAME]: WASI_ENV_VALUE },
        expect: { exitCode: 0 }
    },
    {
        id: 'component-0.3-stdout',
        ...WASIP3,
        module: 'component-0.3-stdout',
        description: `wasi:cli/stdout@0.3.0 write-via-stream prints ${JSON.stringify(STDOUT_LINE)} from a stream<u8> written twice`,
        args: [],
        env: {},
        expect: { exitCode: 0, stdout: STDOUT_LINE }
    },
    {
        id: 'component-0.3-stderr',
        ...WASIP3,
        module: 'component-0.3-stderr',
        description: `wasi:cli/stderr@0.3.0 write-via-stream prints ${JSON.stringify(STDERR_LINE)}, stdout stays empty`,
        args: [],
        env: {},
        expect: { exitCode: 0, stdout: '', stderrIncludes: STDERR_LINE.trimEnd() }
    },
    {
        id: 'component-0.3-stdin',
        ...WASIP3,
        module: 'component-0.3-stdin',
        description: `wasi:cli/stdin@0.3.0 read-via-stream gives ${JSON.stringify(STDIN_LINE)}, then the stream's end, and its future holds ok`,
        args: [],
        env: {},
        stdin: STDIN_LINE,
        expect: { exitCode: 0 }
    },
    {
        id: 'component-0.3-clocks',
        ...WASIP3,
        module: 'component-0.3-clocks',
        description: 'wasi:clocks 0.3: system-clock now is seconds after 2023 with nanoseconds below 10^9; monotonic now moves on by 10 ms over an async wait-for of 10 ms',
        args: [],
        env: {},
        expect: { exitCode: 0 }
    },
    {
        id: 'component-0.3-random',
        ...WASIP3,
        module: 'component-0.3-random',
        description: 'wasi:random/random@0.3.0: get-random-bytes, asked until it gave 32 bytes, gives bytes not all zero and a second 32 unlike the first; two get-random-u64 differ',
        args: [],
        env: {},
        expect: { exitCode: 0 }
    },
    {
        id: 'component-0.3-preopen-read',
        ...WASIP3,
        module: 'component-0.3-preopen-read',
        description: `wasi:filesystem@0.3.0 preopens and async open-at of ${PREOPEN_INPUT_FILE} in ${PREOPEN_GUEST}, its read-via-stream read to the end with its future ok, echoed through stdout's write-via-stream`,
        args: [],
        env: {},
        dir: { guest: PREOPEN_GUEST, files: { [PREOPEN_INPUT_FILE]: PREOPEN_FILE_CONTENT } },
        expect: { exitCode: 0, stdout: PREOPEN_FILE_CONTENT }
    },
    {
        id: 'component-0.3-preopen-write',
        ...WASIP3,
        module: 'component-0.3-preopen-write',
        description: `wasi:filesystem@0.3.0 async open-at (create, truncate) and write-via-stream of a stream<u8> written twice, its future ok, make ${PREOPEN_OUTPUT_FILE} on the host`,
        args: [],
        env: {},
        dir: { guest: PREOPEN_GUEST, files: {} },
        expect: { exitCode: 0, files: { [PREOPEN_OUTPUT_FILE]: PREOPEN_WRITTEN_CONTENT } }
    },
    {
        id: 'component-0.3-missing-file',
        ...WASIP3,
        module: 'component-0.3-missing-file',
        description: 'wasi:filesystem@0.3.0 async open-at of a missing file returns err(no-entry)',
        args: [],
        env: {},
        dir: { guest: PREOPEN_GUEST, files: {} },
        expect: { exitCode: 0 }
    }
];

;// CONCATENATED MODULE: ./src/probes/proposals.ts
function proposal(feature, description) {
    const module = `feature-${feature}`;
    return {
        id: module,
        category: 'proposal',
        module,
        description,
        args: [],
        env: {},
        feature,
        expect: { exitCode: 0 }
    };
}
const PROPOSAL_PROBES = [
    proposal('mutable-globals', 'exports a mutable global and sets it with global.set'),
    proposal('sign-extension', 'i32.extend8_s turns 0x80 into -128'),
    proposal('saturating-float-to-int', 'i32.trunc_sat_f32_s clamps 3e10 to 2147483647 instead of trapping'),
    proposal('multi-value', 'a function returns two i32 values'),
    proposal('bulk-memory', 'memory.fill then memory.copy'),
    proposal('reference-types', 'ref.null, table.set, table.get and ref.is_null on a funcref table'),
    proposal('simd', 'i32x4.add of two v128 constants, then i32x4.extract_lane'),
    proposal('relaxed-simd', 'f32x4.relaxed_madd on values whose result is exact, fused or not'),
    proposal('tail-call', 'a return_call tail call'),
    proposal('extended-const', 'a global initialised with i32.add in its constant expression'),
    proposal('threads', 'a shared memory and i32.atomic.rmw.add'),
    proposal('exceptions', 'legacy exception handling: throw of a tag caught by try/catch'),
    proposal('exnref', 'exception handling with exnref: try_table with catch_all_ref, then throw_ref'),
    proposal('memory64', 'a 64-bit memory: i32.store and i32.load at an i64 address'),
    proposal('multi-memory', 'two memories: a store to the second leaves the first unchanged'),
    proposal('gc', 'a struct type: struct.new, then struct.get'),
    proposal('typed-function-references', 'call_ref through a non-null (ref $t) parameter'),
    proposal('wide-arithmetic', 'i64.mul_wide_s gives a 128-bit product as two i64 halves')
];

;// CONCATENATED MODULE: ./src/probes/index.ts
// Every probe the tool carries, and the sets the `probes` input names.





const ALL_PROBES = [
    ...BASIC_PROBES,
    ...WASI_PROBES,
    ...PROPOSAL_PROBES,
    ...COMPONENT_PROBES,
    ...COMPONENT_03_PROBES
];
/** The names the `probes` input accepts besides single probe ids (a Map: a name is the user's text). */
const PROBE_SETS = new Map([
    ['basic', BASIC_PROBES],
    ['wasi', WASI_PROBES],
    ['features', PROPOSAL_PROBES],
    ['component', COMPONENT_PROBES],
    ['component-0.3', COMPONENT_03_PROBES],
    ['all', ALL_PROBES]
]);
/**
 * The probes for `ids` (set names or probe ids), in catalog order. The basic
 * probes always run: they decide whether a runtime supports WASI at all.
 */
function selectProbes(ids) {
    const wanted = new Set(BASIC_PROBES.map((probe) => probe.id));
    for (const id of ids) {
        for (const probe of PROBE_SETS.get(id) ?? ALL_PROBES.filter((p) => p.id === id))
            wanted.add(probe.id);
    }
    return ALL_PROBES.filter((probe) => wanted.has(probe.id));
}
function isProbeName(name) {
    return PROBE_SETS.has(name) || ALL_PROBES.some((probe) => probe.id === name);
}

// EXTERNAL MODULE: ./src/redact.ts
var redact = __nccwpck_require__(6670);
// EXTERNAL MODULE: ./src/runtimes/release.ts
var release = __nccwpck_require__(2808);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __nccwpck_require__(2088);
var semver_default = /*#__PURE__*/__nccwpck_require__.n(semver);
// EXTERNAL MODULE: ./src/result/index.ts + 1 modules
var result = __nccwpck_require__(1287);
;// CONCATENATED MODULE: ./src/runtimes/spec.ts
// What the engine knows about a runtime, as data plus a few small functions.
// Adding a runtime means adding one file that exports one of these.


/** What every runtime without an official adapter saying otherwise runs: preview1 command modules. */
const PREVIEW1_COMMANDS = {
    wasiVersions: ['wasm32-wasip1'],
    worlds: ['wasi:cli/command'],
    proposals: []
};
/** The official runner's timeout for a test when the adapter sets none (runtime_adapter.py). */
const RUNNER_TIMEOUT_SECONDS = 5;
/** Why a runtime running what `support` and `limits` say cannot run `version`, or undefined when it can. */
function wasiVersionProblem(version, support, limits) {
    if (support.wasiVersions.includes(version))
        return undefined;
    const general = version === 'wasm32-wasip1' ? undefined : limits.components;
    return limits.wasiVersions?.[version] ?? general ?? `does not run ${result/* WASI_VERSION_NAMES */.ps[version]}`;
}
/** What every runtime but wasmtime says of components. */
const NO_COMPONENTS = 'runs WASI preview1 core modules only, not components';
/** The OS wasi-probe runs on, as RuntimeFacts names it. */
const THIS_OS = process.platform === 'win32' ? 'windows' : process.platform === 'darwin' ? 'macos' : 'linux';
/** The facts of a runtime whose version is not known: the newest behaviour is assumed. */
const UNKNOWN_VERSION = { version: null, os: THIS_OS };
/** True when `range` holds for a runtime with these facts; an unknown version is taken for the newest. */
function holds(range, facts) {
    if (range.os && range.os !== facts.os)
        return false;
    if (range.helpLacks && facts.help !== undefined && range.helpLacks.test(facts.help))
        return false;
    if (range.helpLacks && facts.help === undefined && !range.versions)
        return false;
    if (!range.versions)
        return true;
    const version = facts.version === null ? null : semver_default().coerce(facts.version, { includePrerelease: true });
    return version !== null && semver_default().satisfies(version, range.versions, { includePrerelease: true });
}
/** First capture group of `pattern` in `output`, trimmed. */
function firstMatch(output, pattern) {
    return pattern.exec(output)?.[1]?.trim() || undefined;
}
const SIGNALS_OF_A_TRAP = new Set(['SIGABRT', 'SIGILL', 'SIGTRAP', 'SIGSEGV', 'SIGBUS']);
const TRAP_WORDS = /\b(wasm trap|trap|unreachable|RuntimeError)\b/i;
/**
 * The common shape of a trap: the process died by an abort-like signal, or it
 * says so. `exitCodes` lists codes a runtime reserves for traps (134 = 128 + SIGABRT).
 */
function looksLikeTrap(run, exitCodes = []) {
    if (run.signal !== null && SIGNALS_OF_A_TRAP.has(run.signal))
        return true;
    if (run.exitCode !== null && exitCodes.includes(run.exitCode))
        return true;
    if (run.exitCode === 0)
        return false;
    return TRAP_WORDS.test(run.stderr) || TRAP_WORDS.test(run.stdout);
}
/** `K=V` strings, in the order the spec gives them (the official runner passes them in that order too). */
function envPairs(env) {
    return Object.entries(env).map(([key, value]) => `${key}=${value}`);
}
/**
 * The arguments after the binary that run `module` with `args`, the current
 * directory preopened (as `.`) and the environment passed on, where the
 * runtime can: how a user runs a WASI program from a shell, and how the
 * binfmt_misc wrapper and the runners run one.
 */
function argvWithCwd(spec, module, args, facts = UNKNOWN_VERSION) {
    const { limits } = atFacts(spec, facts);
    const dirs = limits.dirs ? [] : [{ host: '.', guest: '.' }];
    return spec.argv({ module, args, env: {}, dirs, inheritEnv: true }, facts);
}
/** What a runtime cannot express, and what of the suite it runs, at these facts. */
function atFacts(spec, facts) {
    const changed = spec.at?.(facts) ?? {};
    return {
        limits: { ...spec.limits, ...changed.limits },
        tests: changed.tests ?? spec.tests ?? PREVIEW1_COMMANDS
    };
}

;// CONCATENATED MODULE: ./src/runtimes/bun.ts


/** An empty bunfig.toml, given with --config so that one in the working directory is never read. */
const EMPTY_BUNFIG = '# wasi-probe: no bun configuration\n';
/**
 * `bun ./mod.wasm args`: bun runs a file that starts with the Wasm magic as a
 * WASI preview1 command (its wasi-runner, over its own node:wasi). It reads
 * neither a `.env` file nor a bunfig.toml from the working directory: a
 * bunfig's preload scripts would run before the module, and a `.env` would
 * change the environment the module sees.
 */
function bunArgv(inv, bunfig) {
    // bun takes a bare name for a package or script to look up: a path must be absolute or start with ./.
    const module = /^(\/|\.\.?\/|[A-Za-z]:[\\/]|\\\\)/.test(inv.module) ? inv.module : `./${inv.module}`;
    return ['--no-env-file', `--config=${bunfig}`, module, ...inv.args];
}
/**
 * The binfmt_misc interpreter (Linux only, so /dev/null is the empty bunfig):
 * the kernel passes the module's path as given to exec, which may be a bare
 * name that bun would take for a subcommand or a package.json script.
 */
function bunWrapperScript(bun) {
    const quoted = `'${bun.replace(/'/g, `'\\''`)}'`;
    return `#!/bin/sh
# binfmt_misc interpreter written by wasi-probe: bun (its / is the working directory, not the host's)
module="$1"
shift
case "$module" in /* | ./* | ../*) ;; *) module="./$module" ;; esac
WASM_ROOT_DIR="\${WASM_ROOT_DIR:-$PWD}" exec ${quoted} --no-env-file --config=/dev/null "$module" "$@"
`;
}
const bun = {
    kind: 'cli',
    id: 'bun',
    name: 'Bun',
    binary: 'bun',
    versionArgs: ['--version'],
    // `1.4.5`, alone on its line.
    parseVersion: (output) => firstMatch(output, /^\s*v?(\d+\.\d+\.\d+\S*)\s*$/m),
    helper: { file: 'bunfig.toml', source: EMPTY_BUNFIG },
    argv: (inv, facts) => bunArgv(inv, facts?.helper ?? '/dev/null'),
    // bun's wasi runner preopens `/` as $WASM_ROOT_DIR, the host's own / when unset (oven-sh/bun,
    // its wasi runner's WASM_ROOT_DIR): a module is given the run's empty working directory there instead.
    runEnv: (_inv, cwd) => ({ WASM_ROOT_DIR: cwd }),
    // A trap is an uncaught RuntimeError: exit 1, the message on stderr.
    isTrap: (run) => looksLikeTrap(run),
    limits: {
        env: 'bun gives a module its own process environment, and has no option to set a variable for the module only',
        dirs: "bun has no option to preopen a directory: it preopens its working directory as ., and as / what $WASM_ROOT_DIR names (the run's working directory, here)",
        components: NO_COMPONENTS
    },
    // Last: its WASI is the least complete here.
    binfmt: { rank: 10, interpreter: (path) => bunWrapperScript(path) },
    release: {
        repo: 'oven-sh/bun',
        tagPrefix: 'bun-v',
        // `bun-<os>-<arch>[-musl].zip` holding `bun-<target>/bun`; the `-baseline` builds (for CPUs
        // without AVX2) are not chosen, and neither are the `-profile` ones.
        selectAsset: (_version, platform, names) => {
            const os = { linux: 'linux', macos: 'darwin', windows: 'windows' }[platform.os];
            const arch = platform.arch === 'x64' ? 'x64' : 'aarch64';
            const musl = platform.libc === 'musl' ? '-musl' : '';
            return (0,release/* assetNamed */.Wg)(names, `bun-${os}-${arch}${musl}.zip`, 'zip');
        },
        checksumFile: () => 'SHASUMS256.txt'
    }
};

;// CONCATENATED MODULE: ./src/runtimes/shebang.ts
// The first line of a script the kernel runs through an interpreter (a
// binfmt_misc wrapper). The kernel takes the interpreter's path up to the first
// space and passes the rest as one word, so a path with a space, or more than
// one argument, goes through `env -S`, which splits the words again.
const PLAIN = /^[\w@%+=:,./-]+$/;
/** One word for `env -S`: single quotes keep what is inside as written, but for \\ and \'. */
function envWord(word) {
    return PLAIN.test(word) ? word : `'${word.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}
/** `#!program args...`, as the kernel will run it. */
function shebang(program, args = []) {
    if (PLAIN.test(program) && args.length <= 1 && args.every((arg) => PLAIN.test(arg)))
        return `#!${[program, ...args].join(' ')}`;
    return `#!/usr/bin/env -S ${[program, ...args].map(envWord).join(' ')}`;
}

;// CONCATENATED MODULE: ./src/runtimes/node.ts


const node = {
    kind: 'node',
    id: 'node',
    name: 'Node.js (node:wasi)',
    binary: 'node',
    versionArgs: ['--version'],
    // `v24.11.1`
    parseVersion: (output) => firstMatch(output, /^v(\d+\.\d+\.\d+\S*)/m),
    limits: { components: `node:wasi ${NO_COMPONENTS}` },
    binfmt: { rank: 8, interpreter: (path) => nodeWrapperScript(path) }
};
/**
 * The node interpreter: runs the module through node:wasi with the caller's
 * environment and directory. Dynamic imports only, so it runs whichever module
 * system node picks for a file without an extension.
 */
function nodeWrapperScript(node) {
    return `${shebang(node, ['--no-warnings'])}
// binfmt_misc interpreter written by wasi-probe: node:wasi
Promise.all([import('node:fs'), import('node:wasi')]).then(([fs, { WASI }]) => {
  const [module, ...args] = process.argv.slice(2)
  const wasi = new WASI({ version: 'preview1', args: [module, ...args], env: process.env, preopens: { '.': '.' }, returnOnExit: true })
  const instance = new WebAssembly.Instance(new WebAssembly.Module(fs.readFileSync(module)), wasi.getImportObject())
  process.exitCode = wasi.start(instance) ?? 0
})
`;
}
/** The arguments after `node` that run one module with the runner program at `runner`, on node's own stdio. */
function nodeRunArgv(runner, inv) {
    return [
        '--no-warnings',
        runner,
        'run',
        ...(inv.inheritEnv ? ['--inherit-env'] : []),
        ...envPairs(inv.env).flatMap((pair) => ['--env', pair]),
        ...inv.dirs.flatMap((d) => ['--dir', `${d.host}::${d.guest}`]),
        inv.module,
        ...inv.args
    ];
}
/**
 * The program that a child `node` runs, in one of two modes:
 *
 * - `batch JOBS.json` runs several modules one after the other, each with a
 *   fresh WASI instance, so node's start-up is paid once. They share the
 *   child's stdin, stdout and stderr (pipes, as any runtime's are), and a
 *   marker in each stream says where one module's output ends: `start` before
 *   a module, `end` with its outcome after it. The parent times each module
 *   from the markers and kills the child when one hangs.
 * - `run [--inherit-env] [--env K=V]... [--dir HOST::GUEST]... MODULE ARGS...`
 *   runs one module on the child's own stdin, stdout and stderr and exits with
 *   its exit code, like any runtime's command line (`--inherit-env` gives it
 *   the child's whole environment, the `--env` ones over it). Tests that talk to a module while it runs
 *   (stdin, sockets) use it, and so does the official wasi-testsuite runner's
 *   adapter for node (scripts/wasi-testsuite/node.py), so that both run a
 *   module with the same WASI options.
 *
 * CommonJS and plain JavaScript, so that any `node` on PATH (18 and later) runs it.
 */
const NODE_WASI_RUNNER_SOURCE = String.raw `'use strict'
const fs = require('node:fs')
const { WASI } = require('node:wasi')

async function runModule(job, stdio) {
  try {
    const wasi = new WASI({
      version: 'preview1',
      args: [job.module, ...job.args],
      env: job.env,
      preopens: job.preopens,
      returnOnExit: true,
      stdin: stdio.stdin,
      stdout: stdio.stdout,
      stderr: stdio.stderr
    })
    const module = await WebAssembly.compile(fs.readFileSync(job.module))
    const instance = await WebAssembly.instantiate(module, wasi.getImportObject())
    const code = wasi.start(instance)
    // proc_exit takes 32 bits; a process's exit status keeps the low 8 on POSIX, and so does a batch.
    return { exitCode: typeof code !== 'number' ? 0 : process.platform === 'win32' ? code : code & 0xff }
  } catch (error) {
    fs.writeSync(stdio.stderr, String((error && error.stack) || error) + '\n')
    // A stack overflow in Wasm surfaces as a RangeError: a trap as well.
    const trapped = error instanceof WebAssembly.RuntimeError || error instanceof RangeError
    return trapped ? { exitCode: 1, trap: String(error.message) } : { exitCode: 1 }
  }
}

async function batch(jobsFile) {
  const { nonce, jobs } = JSON.parse(fs.readFileSync(jobsFile, 'utf8'))
  // Each module writes to the child's own stdout and stderr; a marker after its
  // output tells the parent where the next module's begins. The nonce is not
  // something a module can know, so it cannot forge one.
  const mark = (fd, text) => fs.writeSync(fd, '\0' + nonce + ' ' + text + '\0')
  for (const [index, job] of jobs.entries()) {
    mark(1, 'start ' + index)
    const started = process.hrtime.bigint()
    const outcome = await runModule(job, { stdin: 0, stdout: 1, stderr: 2 })
    const durationMs = Number((process.hrtime.bigint() - started) / 1000000n)
    mark(2, 'end ' + index)
    mark(1, 'end ' + index + ' ' + JSON.stringify({ durationMs, ...outcome }))
  }
}

async function run(argv) {
  const job = { env: {}, preopens: {}, args: [] }
  let i = 0
  if (argv[i] === '--inherit-env') {
    Object.assign(job.env, process.env)
    i += 1
  }
  for (; argv[i] === '--env' || argv[i] === '--dir'; i += 2) {
    const value = argv[i + 1]
    if (argv[i] === '--env') {
      const at = value.indexOf('=')
      job.env[value.slice(0, at)] = value.slice(at + 1)
    } else {
      const at = value.lastIndexOf('::')
      job.preopens[value.slice(at + 2)] = value.slice(0, at)
    }
  }
  job.module = argv[i]
  job.args = argv.slice(i + 1)
  const outcome = await runModule(job, { stdin: 0, stdout: 1, stderr: 2 })
  process.exitCode = outcome.exitCode
}

const [mode, ...rest] = process.argv.slice(2)
;(mode === 'run' ? run(rest) : batch(rest[0])).catch((error) => {
  process.stderr.write(String((error && error.stack) || error) + '\n')
  process.exitCode = 1
})
`;

;// CONCATENATED MODULE: ./src/runtimes/deno.ts




/**
 * node's runner program (src/runtimes/node.ts), which Deno runs through its own
 * node:wasi. Deno prints node:wasi's experimental warning on stderr, and has no
 * flag that silences it (node's --no-warnings is not one of its flags): the
 * runner removes the listener that prints it, so stderr holds the module's only.
 */
const DENO_RUNNER_SOURCE = NODE_WASI_RUNNER_SOURCE.replace("'use strict'\n", "'use strict'\nprocess.removeAllListeners('warning')\n");
/**
 * `--allow-read=a,b`: Deno separates the paths of a permission by commas, so a
 * path holding one cannot be listed, and the permission is then unscoped.
 */
function permission(flag, paths) {
    return paths.some((path) => path.includes(',')) ? flag : `${flag}=${paths.join(',')}`;
}
/**
 * `deno run` on the runner program: quiet (no download or check messages on
 * stderr), never prompting, ignoring any deno.json or lock file around the
 * working directory, resolving nothing from npm or the network, and allowed to
 * read the module and the preopened directories and to write these only. A run
 * given the whole environment (a runner for later steps, written before the
 * module is known) may read the environment and any file; the module still
 * reaches only its preopened directories.
 */
const DENO_RUN_FLAGS = ['--quiet', '--no-prompt', '--no-config', '--no-lock', '--no-npm', '--no-remote'];
function denoArgv(inv, runner) {
    const hosts = inv.dirs.map((dir) => dir.host);
    return [
        'run',
        ...DENO_RUN_FLAGS,
        ...(inv.inheritEnv
            ? ['--allow-env', '--allow-read']
            : [permission('--allow-read', [inv.module, ...hosts])]),
        ...(hosts.length > 0 ? [permission('--allow-write', hosts)] : []),
        // nodeRunArgv starts with node's own --no-warnings, which deno does not take.
        ...nodeRunArgv(runner, inv).slice(1)
    ];
}
/**
 * The binfmt_misc interpreter: a script that `deno run` runs through node:wasi
 * with the caller's environment and directory.
 */
function denoWrapperScript(deno) {
    return `${shebang(deno, ['run', ...DENO_RUN_FLAGS, '--allow-all'])}
// binfmt_misc interpreter written by wasi-probe: deno (node:wasi)
Promise.all([import('node:fs'), import('node:wasi')]).then(([fs, { WASI }]) => {
  process.removeAllListeners('warning')
  const [module, ...args] = process.argv.slice(2)
  const wasi = new WASI({ version: 'preview1', args: [module, ...args], env: process.env, preopens: { '.': '.' }, returnOnExit: true })
  const instance = new WebAssembly.Instance(new WebAssembly.Module(fs.readFileSync(module)), wasi.getImportObject())
  process.exitCode = wasi.start(instance) ?? 0
})
`;
}
const deno = {
    kind: 'cli',
    id: 'deno',
    name: 'Deno (node:wasi)',
    binary: 'deno',
    versionArgs: ['--version'],
    // `deno 2.9.6 (stable, release, x86_64-unknown-linux-gnu)`, then the v8 and typescript lines.
    parseVersion: (output) => firstMatch(output, /^deno (\d+\.\d+\.\d+\S*)/m),
    // Deno runs no .wasm file itself: its node:wasi (preview1) runs it, through the runner program.
    helper: { file: 'deno-wasi-runner.cjs', source: DENO_RUNNER_SOURCE },
    argv: (inv, facts) => denoArgv(inv, facts?.helper ?? 'deno-wasi-runner.cjs'),
    // A trap is an uncaught RuntimeError (or RangeError, a stack overflow): exit 1, its stack on stderr.
    isTrap: (run) => looksLikeTrap(run),
    limits: { components: `Deno's node:wasi ${NO_COMPONENTS}` },
    // After node: the same node:wasi design, with a slower start.
    binfmt: { rank: 9, interpreter: (path) => denoWrapperScript(path) },
    release: {
        repo: 'denoland/deno',
        tagPrefix: 'v',
        // A zip with `deno` at its root; Rust target triples; no musl build.
        selectAsset: (_version, platform, names) => {
            if (platform.libc === 'musl')
                return (0,release/* noBuild */.e7)('deno', platform, 'its Linux builds are for glibc');
            const arch = platform.arch === 'x64' ? 'x86_64' : 'aarch64';
            const target = { linux: 'unknown-linux-gnu', macos: 'apple-darwin', windows: 'pc-windows-msvc' }[platform.os];
            return (0,release/* assetNamed */.Wg)(names, `deno-${arch}-${target}.zip`, 'zip');
        },
        // One per asset: `shasum -a 256` output on Linux and macOS; on Windows PowerShell's
        // Get-FileHash | Format-List (denoland/deno .github/workflows/ci.generate.ts), which checksums.ts reads too.
        checksumFile: (_version, asset) => `${asset}.sha256sum`
    }
};

;// CONCATENATED MODULE: ./src/runtimes/jco.ts
// jco: components turned into JavaScript (its transpile API) and run on Node
// with the WASI shims of the same project, @bytecodealliance/preview2-shim for
// WASI 0.2 and @bytecodealliance/preview3-shim for WASI 0.3.

/**
 * The suite's own adapter (adapters/jco.py) names WASI 0.3 and the command
 * world, passes every proposal on (its runner gives the component the shims'
 * sockets and HTTP client) and allows 30 s a test, as jco transpiles each
 * component first. WASI 0.2 components run too (the suite has no 0.2 tests).
 */
const TESTS = {
    wasiVersions: ['wasm32-wasip2', 'wasm32-wasip3'],
    worlds: ['wasi:cli/command'],
    proposals: ['http', 'sockets'],
    timeoutSeconds: 30
};
const jco = {
    kind: 'jco',
    id: 'jco',
    name: 'jco (Node.js)',
    binary: 'jco',
    package: '@bytecodealliance/jco',
    installs: ['@bytecodealliance/preview3-shim'],
    // The package.json of @bytecodealliance/jco.
    parseVersion: (packageJson) => firstMatch(packageJson, /^\s*"version":\s*"(\d+\.\d+\.\d+[^"]*)"/m),
    limits: { wasiVersions: { 'wasm32-wasip1': 'jco runs components only, not core modules' } },
    tests: TESTS,
    // npm puts a jco.cmd shim on PATH there, and an install's bin/jco is a symlink to a .js file.
    notOn: {
        windows: 'wasi-probe does not find or install jco on Windows yet: its command there is a .cmd shim of npm'
    }
};
/** Why jco on `host` cannot run WASI 0.3 components, or undefined when it can. */
function wasi03Problem(host) {
    if (!host.preview3Shim)
        return 'jco runs WASI 0.3 components with @bytecodealliance/preview3-shim, which is not installed beside it';
    if (!host.jspi)
        return (`jco runs WASI 0.3 components only on a Node with JSPI (WebAssembly.Suspending, Node 24 and later); ` +
            `the Node running wasi-probe, ${host.node.version} (${host.node.path}), has none`);
    return undefined;
}
/** jco's limits and what of the suite it runs, on `host`. */
function jcoAt(host) {
    const problem = wasi03Problem(host);
    if (!problem)
        return { limits: jco.limits, tests: jco.tests };
    return {
        limits: { ...jco.limits, wasiVersions: { ...jco.limits.wasiVersions, 'wasm32-wasip3': problem } },
        tests: { ...jco.tests, wasiVersions: jco.tests.wasiVersions.filter((v) => v !== 'wasm32-wasip3') }
    };
}
function jcoMode(version) {
    return version === 'wasm32-wasip3' ? 'p3' : 'p2';
}
/**
 * The program the child `node` runs (an ES module: the shims are ES modules),
 * in one of three modes, after a JSON argument naming the packages
 * (`{"jco": dir, "preview3Shim": dir | null}`):
 *
 * - `transpile JOBS.json` turns each component into JavaScript with jco's
 *   transpile API, into a folder of its own (written aside, then renamed), and
 *   prints one JSON line per component: `{"index": i, "error"?: text}`. The
 *   output takes its imports as an object (`instantiation: async`), so that
 *   the runner decides what the component is given; WASI 0.3 components are
 *   transpiled for JSPI with `wasi:cli/run#run` as the async export, as the
 *   suite's tools/jco_runner.mjs does.
 * - `batch JOBS.json` runs transpiled components one after the other, with the
 *   markers of node's runner (src/runtimes/node.ts): each job's args, env and
 *   preopens are set on the shims before it starts (never the host's: no cwd,
 *   no environment, no directory but the job's own), and the component's exit
 *   ends its job, not the process. Its stdout and stderr go through
 *   process.stdout and process.stderr, as the markers do, so they stay in
 *   order on every OS.
 * - `run MODE [--env K=V]... [--dir HOST::GUEST]... ENTRY NAME ARGS...` runs
 *   one on the child's own stdio and exits with its exit code, for tests that
 *   talk to a component while it runs.
 */
const JCO_RUNNER_SOURCE = String.raw `import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { Readable } from 'node:stream'
import { pathToFileURL } from 'node:url'

const [packagesJson, mode, ...rest] = process.argv.slice(2)
const packages = JSON.parse(packagesJson)

const P2_TRANSPILE = {
  name: 'component',
  instantiation: { tag: 'async' },
  noTypescript: true,
  base64Cutoff: 0,
  optimize: false,
  minify: false,
  validLiftingOptimization: true,
  strict: true
}
const P3_TRANSPILE = { ...P2_TRANSPILE, asyncMode: 'jspi', asyncExports: ['wasi:cli/run#run'], tlaCompat: true }

async function transpile(jobsFile) {
  const jobs = JSON.parse(readFileSync(jobsFile, 'utf8'))
  const api = await import(pathToFileURL(join(packages.jco, 'dist', 'api.js')).href)
  for (const [index, job] of jobs.entries()) {
    const aside = job.outDir + '.' + process.pid + '.partial'
    try {
      const options = { ...(job.mode === 'p3' ? P3_TRANSPILE : P2_TRANSPILE), outDir: aside }
      const { files } = await api.transpile(readFileSync(job.component), options)
      for (const [path, contents] of Object.entries(files)) {
        mkdirSync(dirname(path), { recursive: true })
        writeFileSync(path, contents)
      }
      rmSync(job.outDir, { recursive: true, force: true })
      renameSync(aside, job.outDir)
      process.stdout.write(JSON.stringify({ index }) + '\n')
    } catch (error) {
      rmSync(aside, { recursive: true, force: true })
      const text = String((error && (error.cause ? error.message + ': ' + error.cause : error.message)) || error)
      process.stdout.write(JSON.stringify({ index, error: text }) + '\n')
    }
  }
}

/** Thrown by the component's exit: ends its run with this code. */
class ComponentExit extends Error {
  constructor(code) {
    super('exit ' + code)
    this.code = code
  }
}

let exited
function exitWith(code) {
  exited?.(code)
  throw new ComponentExit(code)
}
const exit = {
  exit: (status) => exitWith(status && status.tag === 'err' ? 1 : 0),
  exitWithCode: (code) => exitWith(code)
}

/** Writes to process.stdout or process.stderr, resolving once written: the markers come after. */
const write = (stream, chunk) => new Promise((resolve) => stream.write(chunk, () => resolve()))

const shims = new Map()

/** The shims' modules for a mode, loaded once; WASI 0.3's preview2-shim is the one preview3-shim itself loads. */
function shimsFor(mode) {
  if (!shims.has(mode)) shims.set(mode, loadShims(mode))
  return shims.get(mode)
}

async function loadShims(mode) {
  const p3 = mode === 'p3'
  if (p3 && !packages.preview3Shim) throw new Error('@bytecodealliance/preview3-shim is not installed beside jco')
  const from = createRequire(join(p3 ? packages.preview3Shim : packages.jco, 'package.json'))
  const load = (name) => import(pathToFileURL(from.resolve(name)).href)
  const p2 = (name) => load('@bytecodealliance/preview2-shim/' + name)
  const [cli, io, filesystem, clocks, random, sockets, http] = await Promise.all(
    ['cli', 'io', 'filesystem', 'clocks', 'random', 'sockets', 'http'].map(p2)
  )
  const imports = {
    'wasi:cli/environment': cli.environment,
    'wasi:cli/exit': exit,
    'wasi:cli/stdin': cli.stdin,
    'wasi:cli/stdout': cli.stdout,
    'wasi:cli/stderr': cli.stderr,
    'wasi:cli/terminal-input': cli.terminalInput,
    'wasi:cli/terminal-output': cli.terminalOutput,
    'wasi:cli/terminal-stdin': cli.terminalStdin,
    'wasi:cli/terminal-stdout': cli.terminalStdout,
    'wasi:cli/terminal-stderr': cli.terminalStderr,
    'wasi:clocks/monotonic-clock': clocks.monotonicClock,
    'wasi:clocks/wall-clock': clocks.wallClock,
    'wasi:filesystem/preopens': filesystem.preopens,
    'wasi:filesystem/types': filesystem.types,
    'wasi:io/error': io.error,
    'wasi:io/poll': io.poll,
    'wasi:io/streams': io.streams,
    'wasi:random/random': random.random,
    'wasi:random/insecure': random.insecure,
    'wasi:random/insecure-seed': random.insecureSeed,
    'wasi:sockets/instance-network': sockets.instanceNetwork,
    'wasi:sockets/network': sockets.network,
    'wasi:sockets/ip-name-lookup': sockets.ipNameLookup,
    'wasi:sockets/tcp': sockets.tcp,
    'wasi:sockets/tcp-create-socket': sockets.tcpCreateSocket,
    'wasi:sockets/udp': sockets.udp,
    'wasi:sockets/udp-create-socket': sockets.udpCreateSocket,
    'wasi:http/types': http.types,
    'wasi:http/outgoing-handler': http.outgoingHandler
  }
  const preopens = [filesystem]
  const environments = [cli]
  if (p3) {
    const p3load = (name) => load('@bytecodealliance/preview3-shim/' + name)
    const [cli3, clocks3, filesystem3, http3, random3, sockets3, stream3, future3] = await Promise.all(
      ['cli', 'clocks', 'filesystem', 'http', 'random', 'sockets', 'stream', 'future'].map(p3load)
    )
    // A WASI 0.3 interface holds the 0.2 functions the component's libraries still call, and the 0.3 ones.
    const output = (stream, name) => ({
      async writeViaStream(reader) {
        try {
          for await (const chunk of stream3.readableByteStreamFromReader(reader, { name })) await write(stream, chunk)
          return { tag: 'ok', val: undefined }
        } catch {
          return { tag: 'err', val: 'io' }
        }
      }
    })
    Object.assign(imports, {
      'wasi:cli/environment': { ...cli.environment, ...cli3.environment },
      'wasi:cli/stdin': {
        ...cli.stdin,
        // As the suite's runner reads it: the future says ok at once, the stream ends with stdin.
        readViaStream() {
          const { tx, rx } = future3.future()
          tx.write({ tag: 'ok', val: undefined }).catch(() => {})
          return [new stream3.StreamReader(Readable.toWeb(process.stdin)), rx]
        }
      },
      'wasi:cli/stdout': { ...cli.stdout, ...output(process.stdout, 'stdout') },
      'wasi:cli/stderr': { ...cli.stderr, ...output(process.stderr, 'stderr') },
      'wasi:clocks/monotonic-clock': { ...clocks.monotonicClock, ...clocks3.monotonicClock },
      'wasi:clocks/system-clock': clocks3.systemClock,
      'wasi:filesystem/preopens': filesystem3.preopens,
      'wasi:filesystem/types': filesystem3.types,
      'wasi:http/client': http3.client,
      'wasi:http/types': http3.types,
      'wasi:random/random': random3.random,
      'wasi:random/insecure': random3.insecure,
      'wasi:random/insecure-seed': random3.insecureSeed,
      'wasi:sockets/ip-name-lookup': sockets3.ipNameLookup,
      'wasi:sockets/types': sockets3.types
    })
    preopens.push(filesystem3)
    environments.push(cli3)
  }
  return {
    imports,
    setUp(job) {
      for (const environment of environments) {
        environment._setArgs([job.name, ...job.args])
        environment._setEnv(job.env)
        environment._setCwd(null)
        // Pipes, not terminals.
        environment._setTerminalStdin(null)
        environment._setTerminalStdout(null)
        environment._setTerminalStderr(null)
      }
      for (const filesystem of preopens) filesystem._setPreopens(job.preopens)
    }
  }
}

// A WASI 0.3 component may export 0.2's run too (its libraries' main, which it never means to be run).
const RUN_EXPORT = { p2: /^wasi:cli\/run@0\.2\./, p3: /^wasi:cli\/run@0\.3\./ }

async function runComponent(job) {
  try {
    const { imports, setUp } = await shimsFor(job.mode)
    setUp(job)
    const exitCode = new Promise((resolve) => (exited = resolve))
    const module = await import(pathToFileURL(job.module).href)
    const instance = await module.instantiate(undefined, imports)
    const key = Object.keys(instance).find((name) => RUN_EXPORT[job.mode].test(name))
    if (typeof instance[key]?.run !== 'function')
      throw new Error('the component exports no wasi:cli/run@' + (job.mode === 'p3' ? '0.3' : '0.2'))
    const ran = (async () => {
      const result = await instance[key].run()
      return result && result.tag === 'err' ? 1 : 0
    })()
    return { exitCode: await Promise.race([exitCode, ran]) }
  } catch (error) {
    if (error instanceof ComponentExit) return { exitCode: error.code }
    // A run that returned err comes out as jco's ComponentError (0.2) or an Error carrying the err's
    // payload (0.3): exit 1, as any runtime gives it, with nothing said.
    if (error && (error.name === 'ComponentError' || Object.hasOwn(error, 'payload'))) return { exitCode: 1 }
    await write(process.stderr, String((error && error.stack) || error) + '\n')
    // A stack overflow in Wasm surfaces as a RangeError: a trap as well.
    const trapped = error instanceof WebAssembly.RuntimeError || error instanceof RangeError
    return trapped ? { exitCode: 1, trap: String(error.message) } : { exitCode: 1 }
  } finally {
    exited = undefined
  }
}

process.on('unhandledRejection', (error) => {
  if (!(error instanceof ComponentExit)) throw error
})

async function batch(jobsFile) {
  const { nonce, jobs } = JSON.parse(readFileSync(jobsFile, 'utf8'))
  const mark = (stream, text) => write(stream, '\0' + nonce + ' ' + text + '\0')
  for (const [index, job] of jobs.entries()) {
    await mark(process.stdout, 'start ' + index)
    const started = process.hrtime.bigint()
    const outcome = await runComponent(job)
    const durationMs = Number((process.hrtime.bigint() - started) / 1000000n)
    await mark(process.stderr, 'end ' + index)
    await mark(process.stdout, 'end ' + index + ' ' + JSON.stringify({ durationMs, ...outcome }))
  }
}

async function run(argv) {
  const job = { mode: argv[0], env: {}, preopens: {}, args: [] }
  let i = 1
  for (; argv[i] === '--env' || argv[i] === '--dir'; i += 2) {
    const value = argv[i + 1]
    if (argv[i] === '--env') {
      const at = value.indexOf('=')
      job.env[value.slice(0, at)] = value.slice(at + 1)
    } else {
      const at = value.lastIndexOf('::')
      job.preopens[value.slice(at + 2)] = value.slice(0, at)
    }
  }
  job.module = argv[i]
  job.name = argv[i + 1]
  job.args = argv.slice(i + 2)
  return (await runComponent(job)).exitCode
}

// The shims' workers and stdin keep Node alive: the runner ends itself, once its output is written.
const done = (code) => write(process.stdout, '').then(() => write(process.stderr, '')).then(() => process.exit(code))
const modes = { transpile: () => transpile(rest[0]).then(() => 0), batch: () => batch(rest[0]).then(() => 0), run: () => run(rest) }
modes[mode]().then(done, (error) => {
  process.stderr.write(String((error && error.stack) || error) + '\n')
  done(1)
})
`;

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
;// CONCATENATED MODULE: ./src/runtimes/native.ts
// The kernel running a .wasm file itself: on Linux through a binfmt_misc entry
// for the `\0asm` magic; macOS has no binfmt_misc; Windows only through the
// shell's file association.



const native_native = {
    kind: 'native',
    id: 'native',
    name: 'native (binfmt_misc)',
    limits: {
        env: 'a binfmt_misc handler gets the environment of the caller; the probe cannot set it per run',
        dirs: 'a binfmt_misc handler decides by itself which directories to preopen',
        components: 'a binfmt_misc entry for the core-module magic does not match a component'
    }
};
const BINFMT_DIR = '/proc/sys/fs/binfmt_misc';
const WASM_MAGIC_HEX = '0061736d';
/** Parses one entry file of /proc/sys/fs/binfmt_misc. */
function parseBinfmtEntry(name, text) {
    const entry = { name, enabled: false, interpreter: '', flags: '', offset: 0 };
    for (const line of text.split('\n')) {
        const [key, ...rest] = line.trim().split(/\s+/);
        const value = rest.join(' ');
        if (key === 'enabled')
            entry.enabled = true;
        else if (key === 'interpreter')
            entry.interpreter = value;
        else if (key === 'flags:')
            entry.flags = value;
        else if (key === 'offset')
            entry.offset = Number(value);
        else if (key === 'magic')
            entry.magic = value.toLowerCase();
        else if (key === 'mask')
            entry.mask = value.toLowerCase();
        else if (key === 'extension')
            entry.extension = value;
    }
    return entry;
}
/** True when the entry, enabled, would hand a .wasm module to its interpreter. */
function handlesWasm(entry) {
    if (!entry.enabled)
        return false;
    if (entry.extension !== undefined)
        return entry.extension.replace(/^\./, '') === 'wasm';
    return entry.offset === 0 && (entry.magic?.startsWith(WASM_MAGIC_HEX) ?? false);
}
/** Every entry in `dir` (the status file and `register` are not entries). */
function scanBinfmt(dir = BINFMT_DIR) {
    let names;
    try {
        names = (0,external_node_fs_.readdirSync)(dir);
    }
    catch {
        return { state: 'not-mounted' };
    }
    if (!names.includes('register'))
        return { state: 'not-mounted' };
    try {
        if ((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, 'status'), 'utf8').trim() === 'disabled')
            return { state: 'disabled' };
    }
    catch {
        // No status file: read the entries anyway.
    }
    const entries = [];
    for (const name of names) {
        if (name === 'register' || name === 'status')
            continue;
        try {
            entries.push(parseBinfmtEntry(name, (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, name), 'utf8')));
        }
        catch {
            // An entry removed while we read: not there.
        }
    }
    return { state: 'scanned', entries };
}
/** The `.wasm` file association on Windows (`assoc .wasm`, `ftype TYPE`), or undefined. */
function windowsAssociation() {
    const run = (args) => {
        const result = (0,external_node_child_process_.spawnSync)('cmd.exe', ['/d', '/c', ...args], {
            encoding: 'utf8',
            timeout: 5000,
            windowsHide: true
        });
        return result.status === 0 ? result.stdout.trim() : undefined;
    };
    const assoc = run(['assoc', '.wasm']);
    if (!assoc)
        return undefined;
    const fileType = assoc.split('=')[1];
    const command = fileType ? run(['ftype', fileType]) : undefined;
    return command ?? assoc;
}

;// CONCATENATED MODULE: ./src/runtimes/wamr.ts


const RANGES = {
    mapDirSplitsDriveLetters: {
        versions: '<=2.2.0',
        os: 'windows',
        fact: '--map-dir is split with strtok(":"), so a Windows drive letter breaks it',
        source: "bytecodealliance/wasm-micro-runtime: iwasm's --map-dir parsing (strtok on ':'), fixed in 2.3.0",
        inside: { version: '2.2.0', os: 'windows' },
        outside: { version: '2.3.0', os: 'windows' }
    }
};
const wamr = {
    kind: 'cli',
    id: 'wamr',
    name: 'WAMR',
    binary: 'iwasm',
    aliases: ['iwasm'],
    versionArgs: ['--version'],
    // `iwasm 2.4.5`
    parseVersion: (output) => firstMatch(output, /^iwasm v?(\d\S*)/m),
    // iwasm only accepts the `--flag=value` form. Its trap message goes to stdout,
    // which looksLikeTrap reads too.
    argv: (inv) => [
        ...inv.dirs.map((d) => `--map-dir=${d.guest}::${d.host}`),
        ...envPairs(inv.env).map((pair) => `--env=${pair}`),
        inv.module,
        ...inv.args
    ],
    isTrap: (run) => looksLikeTrap(run),
    errorStream: 'stdout',
    limits: { components: NO_COMPONENTS },
    ranges: RANGES,
    at: (facts) => holds(RANGES.mapDirSplitsDriveLetters, facts)
        ? {
            limits: {
                dirs: `iwasm ${facts.version} splits --map-dir at every ":", so a Windows path cannot be given (fixed in 2.3.0)`
            }
        }
        : {},
    binfmt: { rank: 5, interpreter: 'wrapper' },
    release: {
        repo: 'bytecodealliance/wasm-micro-runtime',
        tagPrefix: 'WAMR-',
        // x86_64 only, glibc only. The CI runner label in the name changes between
        // releases (ubuntu-22.04, macos-15-intel, ...), so match by pattern. The
        // `iwasm-gc-eh-*` variants do not start with `iwasm-{V}-`.
        selectAsset: (version, platform, names) => {
            if (platform.arch !== 'x64')
                return (0,release/* noBuild */.e7)('WAMR', platform, 'only x86_64 builds are published');
            if (platform.libc === 'musl')
                return (0,release/* noBuild */.e7)('WAMR', platform, 'its Linux build needs glibc');
            const label = { linux: 'ubuntu', macos: 'macos', windows: 'windows' }[platform.os];
            const format = platform.os === 'windows' ? 'zip' : 'tar.gz';
            const pattern = new RegExp(`^iwasm-${(0,release/* escapeRegExp */.Nt)(version)}-x86_64-${label}-[\\w.-]+\\.${format.replace('.', '\\.')}$`);
            return (0,release/* assetMatching */.MT)(names, pattern, format, `iwasm-${version}-x86_64-${label}-*.${format}`);
        }
    }
};

;// CONCATENATED MODULE: ./src/runtimes/wasm3.ts


const wasm3 = {
    kind: 'cli',
    id: 'wasm3',
    name: 'wasm3',
    binary: 'wasm3',
    versionArgs: ['--version'],
    // `Wasm3 v0.5.0 on x86_64`, then a `Build:` line.
    parseVersion: (output) => firstMatch(output, /^Wasm3 v?(\d\S*)/im),
    argv: (inv) => [inv.module, ...inv.args],
    limits: {
        env: 'wasm3 has no option to pass environment variables',
        dirs: 'wasm3 ignores --dir and always preopens the working directory as /',
        components: NO_COMPONENTS
    },
    isTrap: (run) => looksLikeTrap(run),
    // wasm3 takes `wasm3 module args...` itself, as binfmt_misc calls it.
    binfmt: { rank: 6, interpreter: 'direct' },
    release: {
        repo: 'wasm3/wasm3',
        tagPrefix: 'v',
        // Raw executables, no archive; the Linux one is static, so it runs on musl.
        selectAsset: (_version, platform, names) => {
            if (platform.arch !== 'x64' || platform.os === 'macos')
                return (0,release/* noBuild */.e7)('wasm3', platform);
            return platform.os === 'windows'
                ? (0,release/* assetNamed */.Wg)(names, 'wasm3-win-x64.exe', 'raw')
                : (0,release/* assetNamed */.Wg)(names, 'wasm3-linux-x64.elf', 'raw');
        }
    }
};

;// CONCATENATED MODULE: ./src/runtimes/wasmedge.ts


const wasmedge = {
    kind: 'cli',
    id: 'wasmedge',
    name: 'WasmEdge',
    binary: 'wasmedge',
    versionArgs: ['--version'],
    // `<argv0> version 0.17.1`, then one line per plugin.
    parseVersion: (output) => firstMatch(output, /\bversion v?(\d\S*)/),
    // Note GUEST:HOST, the reverse of wasmtime's order.
    argv: (inv) => [
        ...inv.dirs.flatMap((d) => ['--dir', `${d.guest}:${d.host}`]),
        ...envPairs(inv.env).flatMap((pair) => ['--env', pair]),
        inv.module,
        ...inv.args
    ],
    isTrap: (run) => looksLikeTrap(run, [134]),
    // Every log line, warnings and trap messages included, goes to stdout (lib/common/spdlog.cpp), in
    // spdlog's default pattern: `[2026-06-01 12:00:00.000] [warning] ...`. No flag of its CLI that sends
    // them elsewhere is known here, so a probe compares stdout without them.
    errorStream: 'stdout',
    ownStdoutLines: /^\[\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3}\] \[(trace|debug|info|warning|error|critical)\] .*(\n|$)/gm,
    // It needs --enable-component, and does not run command components yet.
    limits: { components: 'does not run WASI 0.2 command components yet' },
    binfmt: { rank: 4, interpreter: 'wrapper' },
    release: {
        repo: 'WasmEdge/WasmEdge',
        tagPrefix: '',
        // bin/wasmedge needs the shared library in lib/ or lib64/ beside it. Before
        // 0.15 everything sat under a WasmEdge-{V}-Linux/ folder; the installer looks in both.
        selectAsset: (version, platform, names) => {
            const prefix = `WasmEdge-${version}-`;
            if (platform.os === 'windows') {
                return platform.arch === 'x64'
                    ? (0,release/* assetNamed */.Wg)(names, `${prefix}windows.zip`, 'zip')
                    : (0,release/* noBuild */.e7)('WasmEdge', platform);
            }
            if (platform.os === 'macos') {
                return (0,release/* assetNamed */.Wg)(names, `${prefix}darwin_${platform.arch === 'x64' ? 'x86_64' : 'arm64'}.tar.gz`, 'tar.gz');
            }
            if (platform.libc === 'musl')
                return (0,release/* noBuild */.e7)('WasmEdge', platform, 'its Linux builds need glibc');
            const arch = platform.arch === 'x64' ? 'x86_64' : 'aarch64';
            // The Ubuntu build first; the manylinux one runs on older glibc.
            const ubuntu = (0,release/* assetMatching */.MT)(names, new RegExp(`^${(0,release/* escapeRegExp */.Nt)(prefix)}ubuntu[\\d.]+_${arch}\\.tar\\.gz$`), 'tar.gz', `${prefix}ubuntu*_${arch}.tar.gz`);
            if (!('unavailable' in ubuntu))
                return ubuntu;
            return (0,release/* assetMatching */.MT)(names, new RegExp(`^${(0,release/* escapeRegExp */.Nt)(prefix)}manylinux[\\w.]*_${arch}\\.tar\\.gz$`), 'tar.gz', `${prefix}ubuntu*_${arch}.tar.gz or ${prefix}manylinux*_${arch}.tar.gz`);
        },
        checksumFile: () => 'SHA256SUM',
        libDirs: ['lib', 'lib64']
    }
};

;// CONCATENATED MODULE: ./src/runtimes/wasmer.ts


const wasmer_RANGES = {
    noVolume: {
        helpLacks: /--volume\b/,
        fact: 'no --volume: directories are --dir ABS and --mapdir GUEST:HOST (or GUEST::HOST)',
        source: 'wasmerio/wasmer PR 6033 (January 2026) added --volume; its first release is not pinned down, so `wasmer run --help` decides',
        inside: { version: '4.4.0', help: '--dir <DIR>  --mapdir <GUEST_DIR:HOST_DIR>', os: 'linux' },
        outside: { version: '7.4.2', help: '--volume <HOST:GUEST>  --dir <DIR>', os: 'linux' }
    },
    volumeSplitsDriveLetters: {
        os: 'windows',
        fact: '--volume splits HOST:GUEST at every ":", so a Windows drive letter breaks it: --mapdir GUEST::HOST instead',
        source: "wasmerio/wasmer: the CLI's parse_volume splits on every ':'",
        inside: { version: '7.4.2', help: '--volume <HOST:GUEST>', os: 'windows' },
        outside: { version: '7.4.2', help: '--volume <HOST:GUEST>', os: 'linux' }
    },
    noForwardHostEnv: {
        // Listed, but said to be for the WCGI runner only: a plain module was given none of it then.
        helpLacks: /--forward-host-env\b(?!\s+Forward all host env variables to the wcgi task)/,
        fact: 'no --forward-host-env for a WASI module (before, it forwarded the environment to a WCGI task only): the guest can be given the environment only one variable at a time',
        source: 'wasmerio/wasmer PR 4214 (4.2.x) made --forward-host-env reach every WASI module ("Forward all host env variables to guest"); its first release is not pinned down, so `wasmer run --help` decides',
        inside: {
            version: '4.1.0',
            help: '--forward-host-env  Forward all host env variables to the wcgi task.',
            os: 'linux'
        },
        outside: {
            version: '7.4.2',
            help: '--forward-host-env  Forward all host env variables to guest',
            os: 'linux'
        }
    }
};
const wasmer = {
    kind: 'cli',
    id: 'wasmer',
    name: 'Wasmer',
    binary: 'wasmer',
    versionArgs: ['--version'],
    // `wasmer 7.4.0`
    parseVersion: (output) => firstMatch(output, /^wasmer v?(\d\S*)/m),
    helpArgs: ['run', '--help'],
    ranges: wasmer_RANGES,
    argv: (inv, facts) => [
        'run',
        ...inv.dirs.flatMap((d) => facts && (holds(wasmer_RANGES.noVolume, facts) || holds(wasmer_RANGES.volumeSplitsDriveLetters, facts))
            ? ['--mapdir', `${d.guest}::${d.host}`]
            : ['--volume', `${d.host}:${d.guest}`]),
        ...(inv.inheritEnv && facts && !holds(wasmer_RANGES.noForwardHostEnv, facts) ? ['--forward-host-env'] : []),
        ...envPairs(inv.env).flatMap((pair) => ['--env', pair]),
        inv.module,
        '--',
        ...inv.args
    ],
    isTrap: (run) => looksLikeTrap(run),
    limits: { components: NO_COMPONENTS },
    binfmt: { rank: 2, interpreter: 'wrapper' },
    release: {
        repo: 'wasmerio/wasmer',
        tagPrefix: 'v',
        // No version in the names and no top folder: bin/wasmer, lib/, include/.
        selectAsset: (_version, platform, names) => {
            if (platform.libc === 'musl') {
                // Up to 5.x at least, a musl build was published (docs/dev/release.md); later ones say by lacking it.
                const musl = `wasmer-linux-musl-${platform.arch === 'x64' ? 'amd64' : 'aarch64'}.tar.gz`;
                return names.includes(musl)
                    ? (0,release/* assetNamed */.Wg)(names, musl, 'tar.gz')
                    : (0,release/* noBuild */.e7)('wasmer', platform, 'this release has no musl build (its Linux builds need glibc)');
            }
            const assets = {
                'linux-x64': 'wasmer-linux-amd64.tar.gz',
                'linux-arm64': 'wasmer-linux-aarch64.tar.gz',
                'macos-x64': 'wasmer-darwin-amd64.tar.gz',
                'macos-arm64': 'wasmer-darwin-arm64.tar.gz',
                'windows-x64': 'wasmer-windows-amd64.tar.gz'
            };
            const asset = assets[`${platform.os}-${platform.arch}`];
            if (!asset)
                return (0,release/* noBuild */.e7)('wasmer', platform);
            // Wasmer 7.x dropped Intel macOS: the release says so by lacking the asset.
            return (0,release/* assetNamed */.Wg)(names, asset, 'tar.gz');
        }
    }
};

;// CONCATENATED MODULE: ./src/runtimes/wasmi.ts


const wasmi_RANGES = {
    noRunSubcommand: {
        versions: '<=1.1.0',
        fact: 'the binary is wasmi_cli, with no run subcommand: wasmi_cli [OPTIONS] MODULE ARGS',
        source: 'wasmi-labs/wasmi crates/cli/src/args.rs (v1.1.0)',
        inside: { version: '1.1.0', os: 'linux' },
        outside: { version: '2.0.0-beta.3', os: 'linux' }
    }
};
const wasmi = {
    kind: 'cli',
    id: 'wasmi',
    name: 'Wasmi',
    binary: 'wasmi',
    olderBinaries: ['wasmi_cli'],
    versionArgs: ['--version'],
    // `wasmi 2.0.0-beta.9`; the 1.x binary was called `wasmi_cli`.
    parseVersion: (output) => firstMatch(output, /^wasmi(?:_cli)? v?(\d\S*)/m),
    ranges: wasmi_RANGES,
    argv: (inv, facts) => [
        ...(facts && holds(wasmi_RANGES.noRunSubcommand, facts) ? [] : ['run']),
        ...inv.dirs.flatMap((d) => ['--dir', d.host]),
        ...envPairs(inv.env).flatMap((pair) => ['--env', pair]),
        inv.module,
        ...inv.args
    ],
    isTrap: (run) => looksLikeTrap(run),
    limits: {
        components: NO_COMPONENTS,
        mapDirs: 'wasmi --dir preopens a host directory under its own path: it cannot give it another name, such as /'
    },
    binfmt: { rank: 7, interpreter: 'wrapper' },
    release: {
        repo: 'wasmi-labs/wasmi',
        tagPrefix: 'v',
        // The `full` build has the WASI CLI; `minimal` does not. 1.x shipped no binaries.
        selectAsset: (version, platform, names) => {
            const arch = platform.arch === 'x64' ? 'x86_64' : 'aarch64';
            const format = platform.os === 'windows' ? 'zip' : 'tar.xz';
            if (platform.libc === 'musl') {
                return (0,release/* assetMatching */.MT)(names, new RegExp(`^wasmi-v${(0,release/* escapeRegExp */.Nt)(version)}-${arch}-[\\w-]*musl[\\w-]*-full\\.tar\\.xz$`), 'tar.xz', `wasmi-v${version}-${arch}-*musl*-full.tar.xz`);
            }
            return (0,release/* assetNamed */.Wg)(names, `wasmi-v${version}-${arch}-${platform.os}-full.${format}`, format);
        },
        checksumFile: (version) => `wasmi-v${version}-SHA256SUMS`,
        // Assets exist from 2.0.0-beta.3 on, and every tag with a suffix is published as a prerelease (release.yml).
        prereleases: true
    }
};

;// CONCATENATED MODULE: ./src/runtimes/wasmtime.ts


const wasmtime_RANGES = {
    exitCodesBecomeOne: {
        versions: '<=26',
        os: 'windows',
        fact: 'every exit code of 3 or more becomes 1, so proc_exit(42) exits 1',
        source: 'bytecodealliance/wasmtime crates/wasi/src/error.rs (gone in 27)',
        inside: { version: '26.0.1', os: 'windows' },
        outside: { version: '27.0.0', os: 'windows' }
    },
    noInheritEnv: {
        helpLacks: /inherit-env/,
        fact: 'no -S inherit-env: the guest can be given the environment only one variable at a time',
        source: 'bytecodealliance/wasmtime PR 8168 added -S inherit-env (2024); its first release is not pinned down here, so `wasmtime run -S help` decides',
        inside: { version: '19.0.0', help: '-S cli[=y|n] -- Enable support for WASI CLI APIs', os: 'linux' },
        outside: {
            version: '48.0.0',
            help: '-S inherit-env[=y|n] -- Inherit all environment variables',
            os: 'linux'
        }
    },
    noWasi03: {
        versions: '<46',
        fact: 'WASI 0.3 (p3) components run by default only from 46',
        source: 'bytecodealliance/wasmtime RELEASES.md, 46.0.0',
        inside: { version: '45.0.0', os: 'linux' },
        outside: { version: '46.0.0', os: 'linux' }
    }
};
/**
 * The WASI versions, worlds and proposals of the wasi-testsuite's own adapter
 * (adapters/wasmtime.py), and WASI 0.2 components, which `wasmtime run` runs
 * too (the suite has no 0.2 tests, so its adapter does not name them).
 */
const wasmtime_TESTS = {
    wasiVersions: ['wasm32-wasip1', 'wasm32-wasip2', 'wasm32-wasip3'],
    worlds: ['wasi:cli/command', 'wasi:http/service'],
    proposals: ['http', 'sockets']
};
const wasmtime = {
    kind: 'cli',
    id: 'wasmtime',
    name: 'Wasmtime',
    binary: 'wasmtime',
    versionArgs: ['--version'],
    // `wasmtime 48.0.0 (sha date)`; before 23: `wasmtime-cli 22.0.0 ...`
    parseVersion: (output) => firstMatch(output, /^wasmtime(?:-cli)? v?(\d\S*)/m),
    // Every flag goes before the module; what follows it belongs to the guest.
    // The WASI version, world and proposal flags of the wasi-testsuite's own adapter (adapters/wasmtime.py).
    helpArgs: ['run', '-S', 'help'],
    argv: (inv, facts) => [
        ...(inv.world === 'wasi:http/service' ? ['serve', '-Scli', '--addr=127.0.0.1:0'] : ['run']),
        ...(inv.wasiVersion === 'wasm32-wasip3'
            ? [
                '-Wcomponent-model-async',
                `-Sp3${inv.proposals?.includes('http') ? ',http' : ''}${inv.proposals?.includes('sockets') ? ',inherit-network' : ''}`
            ]
            : []),
        ...inv.dirs.flatMap((d) => ['--dir', `${d.host}::${d.guest}`]),
        ...(inv.inheritEnv && facts && !holds(wasmtime_RANGES.noInheritEnv, facts) ? ['-S', 'inherit-env=y'] : []),
        ...envPairs(inv.env).flatMap((pair) => ['--env', pair]),
        inv.module,
        ...inv.args
    ],
    // 134 on Unix, 3 on Windows.
    isTrap: (run) => looksLikeTrap(run, process.platform === 'win32' ? [3] : [134]),
    tests: wasmtime_TESTS,
    ranges: wasmtime_RANGES,
    at: (facts) => {
        const noWasi03 = holds(wasmtime_RANGES.noWasi03, facts);
        return {
            limits: {
                ...(holds(wasmtime_RANGES.exitCodesBecomeOne, facts)
                    ? {
                        exitCodes: `wasmtime ${facts.version} on Windows turns every exit code of 3 or more into 1 (fixed in 27)`
                    }
                    : {}),
                ...(noWasi03
                    ? {
                        wasiVersions: {
                            'wasm32-wasip3': `wasmtime ${facts.version} runs WASI 0.3 components only from 46`
                        }
                    }
                    : {})
            },
            ...(noWasi03
                ? { tests: { ...wasmtime_TESTS, wasiVersions: wasmtime_TESTS.wasiVersions.filter((v) => v !== 'wasm32-wasip3') } }
                : {})
        };
    },
    binfmt: { rank: 1, interpreter: 'wrapper' },
    release: {
        repo: 'bytecodealliance/wasmtime',
        tagPrefix: 'v',
        // wasmtime-v48.0.0-x86_64-linux.tar.xz holding wasmtime-v48.0.0-x86_64-linux/wasmtime;
        // musl builds are named -musl instead of -linux.
        selectAsset: (version, platform, names) => {
            const arch = platform.arch === 'x64' ? 'x86_64' : 'aarch64';
            const os = platform.os === 'linux' ? (platform.libc === 'musl' ? 'musl' : 'linux') : platform.os;
            const format = platform.os === 'windows' ? 'zip' : 'tar.xz';
            if (!['linux', 'musl', 'macos', 'windows'].includes(os))
                return (0,release/* noBuild */.e7)('wasmtime', platform);
            return (0,release/* assetNamed */.Wg)(names, `wasmtime-v${version}-${arch}-${os}.${format}`, format);
        }
    }
};

;// CONCATENATED MODULE: ./src/runtimes/wazero.ts


const wazero_RANGES = {
    noEnvInherit: {
        helpLacks: /-env-inherit\b/,
        fact: 'no -env-inherit: the guest can be given the environment only one variable at a time',
        source: 'tetratelabs/wazero cmd/wazero/wazero.go added -env-inherit ("Inherits any environment variables from the calling process"); its first release is not pinned down here, so `wazero run -h` decides',
        inside: {
            version: '1.0.0',
            help: '-env value\n    \tkey=value pair of environment variable',
            os: 'linux'
        },
        outside: {
            version: '1.11.0',
            help: '-env-inherit\n    \tInherits any environment variables from the calling process.',
            os: 'linux'
        }
    }
};
const wazero = {
    kind: 'cli',
    id: 'wazero',
    name: 'wazero',
    binary: 'wazero',
    // A subcommand, not a flag. It prints `1.11.0`, or `dev` for a source build.
    versionArgs: ['version'],
    parseVersion: (output) => firstMatch(output, /^\s*v?(\d[^\s]*|dev)\s*$/m),
    // Go's flag package prints the run options on stderr.
    helpArgs: ['run', '-h'],
    ranges: wazero_RANGES,
    argv: (inv, facts) => [
        'run',
        ...inv.dirs.map((d) => `-mount=${d.host}:${d.guest}`),
        ...(inv.inheritEnv && facts && !holds(wazero_RANGES.noEnvInherit, facts) ? ['-env-inherit'] : []),
        ...envPairs(inv.env).map((pair) => `-env=${pair}`),
        inv.module,
        ...inv.args
    ],
    isTrap: (run) => looksLikeTrap(run),
    limits: { components: NO_COMPONENTS },
    binfmt: { rank: 3, interpreter: 'wrapper' },
    release: {
        repo: 'wazero/wazero',
        tagPrefix: 'v',
        // A static Go binary at the archive root: the Linux build runs on musl too.
        selectAsset: (version, platform, names) => {
            const os = { linux: 'linux', macos: 'darwin', windows: 'windows' }[platform.os];
            const arch = platform.arch === 'x64' ? 'amd64' : 'arm64';
            if (platform.os === 'windows' && platform.arch !== 'x64')
                return (0,release/* noBuild */.e7)('wazero', platform);
            const format = platform.os === 'windows' ? 'zip' : 'tar.gz';
            return (0,release/* assetNamed */.Wg)(names, `wazero_${version}_${os}_${arch}.${format}`, format);
        },
        checksumFile: (version) => `wazero_${version}_checksums.txt`
    }
};

;// CONCATENATED MODULE: ./src/runtimes/index.ts












/** Every runtime the probe knows, in the order results are shown. */
const RUNTIMES = [
    native_native,
    node,
    wasmtime,
    wasmer,
    wasmedge,
    wazero,
    wamr,
    wasm3,
    wasmi,
    deno,
    bun,
    jco
];
const RUNTIME_IDS = RUNTIMES.map((runtime) => runtime.id);
function runtimes_runtimeById(id) {
    return RUNTIMES.find((runtime) => runtime.id === id);
}
/** The runtime id a name stands for (an id, or one of its aliases such as iwasm), or undefined. */
function runtimeIdOf(name) {
    const wanted = name.toLowerCase();
    return RUNTIMES.find((runtime) => runtime.id === wanted || ('aliases' in runtime && runtime.aliases?.includes(wanted)))?.id;
}
/** The runtimes that can serve as the binfmt_misc interpreter, in the order one is chosen. */
const INTERPRETER_ORDER = RUNTIMES.flatMap((runtime) => 'binfmt' in runtime ? [{ id: runtime.id, rank: runtime.binfmt.rank }] : [])
    .sort((a, b) => a.rank - b.rank)
    .map(({ id }) => id);

;// CONCATENATED MODULE: ./src/inputs/defaults.ts
// The defaults that inputs, messages and --help share.
const DEFAULT_TIMEOUT_SECONDS = 10;
const MAX_TIMEOUT_SECONDS = 3600;
/** A millisecond: the timers count no finer. */
const MIN_TIMEOUT_SECONDS = 0.001;
const DEFAULT_API_URL = 'https://api.github.com';
const DEFAULT_DOWNLOAD_URL = 'https://github.com';

;// CONCATENATED MODULE: ./src/inputs/plan.ts
// Reads the raw inputs (action inputs or CLI flags, as strings) into a Plan.
// Every problem is collected, so one message names all of them.





/** Runtimes that come with the machine, never installed, so never versioned. */
const NOT_INSTALLABLE = ['native', 'node'];
class InputError extends Error {
    problems;
    constructor(problems) {
        super(problems.join('\n'));
        this.problems = problems;
        this.name = 'InputError';
    }
}
/** Splits a comma, space or newline separated list. */
function splitList(value) {
    return value
        .split(/[\s,]+/)
        .map((item) => item.trim())
        .filter(Boolean);
}
/**
 * `defaultResultPath` gets the label asked for (undefined: the host's own),
 * since the result file is named after it.
 */
function parsePlan(raw, defaultResultPath, nameOf) {
    const problems = [];
    const known = RUNTIME_IDS.join(', ');
    const installMode = parseInstall(raw.install, nameOf('install'), problems);
    const install = installMode !== 'off';
    let runtimes = [...RUNTIME_IDS];
    const versions = {};
    const entries = splitList(raw.runtimes ?? '').map((item) => {
        const [name, version] = item.split('@', 2);
        return { item, id: runtimeIdOf(name) ?? name.toLowerCase(), version };
    });
    const listed = entries.map((entry) => entry.id);
    for (const entry of entries)
        if (entry.version !== undefined)
            versions[entry.id] = entry.version;
    const repeated = listed.filter((id, at) => RUNTIME_IDS.includes(id) && listed.indexOf(id) !== at);
    for (const id of new Set(repeated)) {
        const given = entries.filter((entry) => entry.id === id).map((entry) => entry.item);
        problems.push(`${nameOf('runtimes')} names ${id} more than once (${quoteList(given)}). ` +
            'Accepted: one entry per runtime; a step probes one version of each, so probe another version in a step of its own.');
    }
    if (listed.length > 0 && !(listed.length === 1 && listed[0] === 'all')) {
        const unknown = listed.filter((id) => !RUNTIME_IDS.includes(id));
        if (unknown.length > 0) {
            problems.push(`${nameOf('runtimes')} has ${quoteList(unknown)}, not a known runtime. ` +
                `Accepted: ${known}, or all (comma, space or newline separated), each optionally @version.`);
        }
        runtimes = RUNTIME_IDS.filter((id) => listed.includes(id));
    }
    for (const [id, version] of Object.entries(versions)) {
        if (id === 'all')
            problems.push(`${nameOf('runtimes')} has "all@${version}": all takes no version. Name the runtimes to pin, e.g. wasmtime@${version}.`);
        if (!RUNTIME_IDS.includes(id))
            continue;
        if (NOT_INSTALLABLE.includes(id)) {
            problems.push(`${nameOf('runtimes')} has "${id}@${version}": ${id} is never installed, so it takes no version.`);
        }
        else if (!isVersionSpec(version)) {
            problems.push(`${nameOf('runtimes')} has "${id}@${version}": "${version}" is not a version. ` +
                'Accepted: a full version (48.0.0, 2.0.0-beta.9), a partial one (48, 1.11) or latest.');
        }
        else if (!install) {
            problems.push(`${nameOf('runtimes')} asks for "${id}@${version}", but ${nameOf('install')} is false: ` +
                `versions are installed, never looked for. Turn ${nameOf('install')} on, or drop the version.`);
        }
    }
    let timeoutSeconds = DEFAULT_TIMEOUT_SECONDS;
    let timeoutGiven = false;
    const timeoutText = (raw.timeout ?? '').trim();
    if (timeoutText !== '') {
        const value = Number(timeoutText);
        if (!/^\d+(\.\d+)?$/.test(timeoutText) ||
            !(value >= MIN_TIMEOUT_SECONDS) ||
            value > MAX_TIMEOUT_SECONDS) {
            problems.push(`${nameOf('timeout')} is "${timeoutText}". Accepted: a number of seconds per module run, ` +
                `from ${MIN_TIMEOUT_SECONDS} (a millisecond) to ${MAX_TIMEOUT_SECONDS} (default ${DEFAULT_TIMEOUT_SECONDS}).`);
        }
        else {
            timeoutSeconds = value;
            timeoutGiven = true;
        }
    }
    const probes = splitList((raw.probes ?? '').toLowerCase());
    const unknownProbes = probes.filter((name) => !isProbeName(name));
    if (unknownProbes.length > 0) {
        problems.push(`${nameOf('probes')} has ${quoteList(unknownProbes)}, not a probe set or probe id. ` +
            `Accepted: ${[...PROBE_SETS.keys()].join(', ')}, or probe ids such as wasi-args or feature-simd ` +
            '(comma, space or newline separated).');
    }
    const summary = parseBoolean(raw.summary, true, nameOf('summary'), problems);
    const verify = parseBoolean(raw.verify, true, nameOf('verify'), problems);
    const cache = parseBoolean(raw.cache, false, nameOf('cache'), problems);
    const apiUrl = parseUrl(raw.githubApiUrl, DEFAULT_API_URL, 'githubApiUrl', nameOf, problems);
    const downloadUrl = parseUrl(raw.downloadUrl, DEFAULT_DOWNLOAD_URL, 'downloadUrl', nameOf, problems);
    const native = parseNative(raw.native ?? '', nameOf, problems);
    const nativeKeep = parseBoolean(raw.nativeKeep, false, nameOf('nativeKeep'), problems);
    if (native && !runtimes.includes('native'))
        runtimes = ['native', ...runtimes];
    // After native joins the runtimes: `fail-on: native` with `native: register` needs no `runtimes: native`.
    const failOn = parseFailOn(raw.failOn ?? '', runtimes, nameOf, problems);
    const label = (raw.label ?? '').trim() || undefined;
    if (label !== undefined && [...label].some((ch) => ch.charCodeAt(0) < 0x20)) {
        problems.push(`${nameOf('label')} holds a line break or control character. Accepted: one line of text, e.g. linux-x64-glibc.`);
    }
    const resultPath = (raw.resultPath ?? '').trim() || defaultResultPath(label);
    const modules = splitPaths(raw.modules);
    const expectations = splitPaths(raw.expectations);
    if (expectations.length > 0 && modules.length === 0) {
        problems.push(`${nameOf('expectations')} is set, but ${nameOf('modules')} is empty: expectations apply to the tests ` +
            `of your modules. Set ${nameOf('modules')} to the suites they are for, or leave ${nameOf('expectations')} empty.`);
    }
    if (problems.length > 0)
        throw new InputError(problems);
    return {
        runtimes,
        probes: probes.length > 0 ? probes : ['basic'],
        ...(modules.length > 0 ? { modules } : {}),
        ...(expectations.length > 0 ? { expectations } : {}),
        timeoutSeconds,
        ...(timeoutGiven ? { testTimeoutSeconds: timeoutSeconds } : {}),
        failOn,
        summary,
        resultPath,
        ...(label !== undefined ? { label } : {}),
        ...(native ? { native: { ...native, keep: nativeKeep } } : {}),
        ...(install
            ? {
                install: {
                    versions,
                    token: (raw.token ?? '').trim(),
                    apiUrl,
                    downloadUrl,
                    verify,
                    cache,
                    ...(installMode === 'if-available' ? { bestEffort: true } : {})
                }
            }
            : {})
    };
}
/** Paths or labels, comma or newline separated: they may hold spaces. */
function splitPaths(value) {
    return (value ?? '')
        .split(/[,\n]/)
        .map((item) => item.trim())
        .filter(Boolean);
}
/** `detect` (nothing to do), `register`, `register:<runtime>`, each optionally with `force`. */
function parseNative(text, nameOf, problems) {
    const words = splitList(text.toLowerCase());
    if (words.length === 0 || (words.length === 1 && words[0] === 'detect'))
        return undefined;
    const [mode, ...rest] = words;
    const [verb, runtime] = mode.split(':', 2);
    const force = rest.length === 1 && rest[0] === 'force';
    if (verb !== 'register' ||
        (rest.length > 0 && !force) ||
        (runtime !== undefined && !INTERPRETER_ORDER.includes(runtimeIdOf(runtime) ?? runtime))) {
        problems.push(`${nameOf('native')} is "${text.trim()}". Accepted: detect, register, or register:<runtime> ` +
            `(${INTERPRETER_ORDER.join(', ')}), optionally followed by force.`);
        return undefined;
    }
    return { register: true, ...(runtime ? { runtime: runtimeIdOf(runtime) ?? runtime } : {}), force };
}
/** `48.0.0`, `2.0.0-beta.9`, `48`, `1.11` or `latest`. */
function isVersionSpec(text) {
    return text === 'latest' || /^\d+(\.\d+){0,2}(-[0-9A-Za-z.-]+)?$/.test(text);
}
/**
 * `install`: false (empty too), true, or if-available (best effort: an install that fails never fails
 * the step), in any case.
 */
function parseInstall(value, name, problems) {
    const text = (value ?? '').trim();
    if (/^if-available$/i.test(text))
        return 'if-available';
    if (text === '' || /^(true|false)$/i.test(text))
        return parseBoolean(text, false, name, problems) ? 'true' : 'off';
    problems.push(`${name} is "${text}". Accepted: true (a requested runtime that fails to install fails the step), ` +
        'if-available (install what can be, never fail the step for an install) or false.');
    return 'off';
}
/** `true` or `false` in any case; empty is `fallback`; anything else is a problem naming `name`. */
function parseBoolean(value, fallback, name, problems) {
    const text = (value ?? '').trim();
    if (text === '')
        return fallback;
    if (/^true$/i.test(text))
        return true;
    if (/^false$/i.test(text))
        return false;
    problems.push(`${name} is "${text}". Accepted: true or false.`);
    return fallback;
}
function parseUrl(value, fallback, input, nameOf, problems) {
    const text = (value ?? '').trim();
    if (text === '')
        return fallback;
    try {
        const url = new URL(text);
        if (url.protocol === 'https:' || url.protocol === 'http:')
            return text.replace(/\/+$/, '');
    }
    catch {
        // Reported below.
    }
    // A URL may carry a password (`user:pass@`): the message, which goes into the result file, does not.
    problems.push(`${nameOf(input)} is "${(0,redact/* redact */.E$)(text, [])}". Accepted: an http(s) URL, for example ${fallback}.`);
    return fallback;
}
/**
 * A `fail-on` rule: none, any, or runtime ids (aliases such as iwasm too),
 * as the probe and the report both take it. `name` names the input in messages.
 */
function parseFailOnRule(text, name, problems) {
    const words = splitList(text.toLowerCase()).map((word) => runtimeIdOf(word) ?? word);
    const accepted = `Accepted: none, native, any, or a list of runtime ids that must pass (${RUNTIME_IDS.join(', ')}).`;
    if (words.length === 0 || (words.length === 1 && words[0] === 'none'))
        return { kind: 'none' };
    if (words.length === 1 && words[0] === 'any')
        return { kind: 'any' };
    const unknown = words.filter((word) => !RUNTIME_IDS.includes(word));
    if (unknown.length > 0) {
        problems.push(`${name} is "${text.trim()}": ${quoteList(unknown)} is not a runtime id. ${accepted}`);
        return { kind: 'none' };
    }
    return { kind: 'runtimes', ids: [...new Set(words)] };
}
function parseFailOn(text, runtimes, nameOf, problems) {
    const rule = parseFailOnRule(text, nameOf('failOn'), problems);
    const notProbed = rule.kind === 'runtimes' ? rule.ids.filter((id) => !runtimes.includes(id)) : [];
    if (notProbed.length > 0) {
        problems.push(`${nameOf('failOn')} requires ${quoteList(notProbed)} to pass, but ${nameOf('runtimes')} does not probe it. ` +
            `Add it to ${nameOf('runtimes')} or remove it from ${nameOf('failOn')}.`);
    }
    return rule;
}
function quoteList(items) {
    return items.map((item) => `"${item}"`).join(', ');
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./src/runtimes/runner.ts
// How a later step runs a WASI preview1 module through a runtime, with the
// current directory preopened as `.`, the arguments passed through and the
// environment where the runtime can: the words that go before the module; for
// node and deno, words that run a JavaScript runner program written beside
// them; or, where that cannot be said as a prefix (wasmer wants `--` between
// the module and its arguments, bun a ./ before a bare name, native the
// kernel), a sh script that takes `module args...`.


const MODULE = '\u0000module';
const ARGS = '\u0000args';
const HELPER = '\u0000helper';
/** A run of the module with its arguments, the current directory preopened as `.` and the whole environment. */
const CWD_RUN = {
    module: MODULE,
    args: [ARGS],
    env: {},
    dirs: [{ host: '.', guest: '.' }],
    inheritEnv: true
};
/** One word for a POSIX shell, quoted only when it must be. */
function shellWord(word) {
    return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
/**
 * One word of a command on Windows, its path with forward slashes (which
 * CreateProcess, bash and pwsh all take): bare when it holds nothing that any
 * of them would read otherwise, else quoted for bash (`shell: bash`), as no
 * quoting serves all three.
 */
function windowsWord(word) {
    const slashed = word.replace(/\\/g, '/');
    return /^[\w+=:./~-]+$/.test(slashed) ? slashed : shellWord(slashed);
}
/**
 * A script that takes `module args...` (as binfmt_misc calls an interpreter)
 * and runs the module the runtime's own way: built from its argv form,
 * preopening the current directory where the runtime can.
 */
function wrapperScript(spec, binary, facts = UNKNOWN_VERSION) {
    const argv = argvWithCwd(spec, MODULE, [ARGS], facts);
    const words = argv.map((word) => (word === MODULE ? '"$module"' : word === ARGS ? '"$@"' : shellWord(word)));
    return `#!/bin/sh\n# Written by wasi-probe: runs module args... through ${spec.id}\nmodule="$1"\nshift\nexec ${shellWord(binary)} ${words.join(' ')}\n`;
}
/**
 * The kernel runs a .wasm file itself (binfmt_misc) only when it may execute
 * it: a module that is not executable runs from an executable copy.
 */
const NATIVE_RUNNER_SCRIPT = `#!/bin/sh
# Written by wasi-probe: runs module args... through binfmt_misc, as ./module would.
module="$1"
shift
case "$module" in */*) ;; *) module="./$module" ;; esac
if [ -x "$module" ]; then exec "$module" "$@"; fi
dir=$(mktemp -d "\${RUNNER_TEMP:-\${TMPDIR:-/tmp}}/wasi-probe-run.XXXXXX") || exit 1
copy="$dir/$(basename "$module")"
cp "$module" "$copy" && chmod 755 "$copy" || { rm -rf "$dir"; exit 1; }
"$copy" "$@"
status=$?
rm -rf "$dir"
exit $status
`;
/** The words before MODULE when `argv` ends with the module and then its arguments; undefined otherwise. */
function beforeModule(argv) {
    const module = argv.indexOf(MODULE);
    return module === argv.length - 2 && argv[module + 1] === ARGS ? argv.slice(0, module) : undefined;
}
/** `words` with the helper's path where HELPER stands. */
const placing = (words) => (helperPath) => words.map((word) => (word === HELPER ? helperPath : word));
/** How `spec`, found at `path`, runs a module for a later step. */
function runnerForm(spec, path, facts = UNKNOWN_VERSION) {
    if (spec.kind === 'native')
        return { script: NATIVE_RUNNER_SCRIPT };
    // node and deno run the runner program (in its `run` mode), which takes the module and its arguments last.
    if (spec.kind === 'node') {
        const words = beforeModule(nodeRunArgv(HELPER, CWD_RUN));
        return {
            helper: { file: 'node-wasi-runner.cjs', source: NODE_WASI_RUNNER_SOURCE },
            prefixWith: placing([path, ...words])
        };
    }
    if (spec.helper) {
        const words = beforeModule(argvWithCwd(spec, MODULE, [ARGS], { ...facts, helper: HELPER }));
        if (words)
            return { helper: spec.helper, prefixWith: placing([path, ...words]) };
    }
    // A runtime with a script of its own (bun needs a ./ before a bare name).
    const { interpreter } = spec.binfmt;
    if (typeof interpreter === 'function')
        return { script: interpreter(path) };
    const words = beforeModule(argvWithCwd(spec, MODULE, [ARGS], facts));
    return words ? { prefix: [path, ...words] } : { script: wrapperScript(spec, path, facts) };
}

;// CONCATENATED MODULE: ./src/provision/facts.ts

/** The facts the probe read of `runtime` (its version, the help its adapter asked for); its version alone when none were kept. */
function factsFor(runtime, facts) {
    return facts.get(runtime.id) ?? { version: runtime.version, os: THIS_OS };
}

;// CONCATENATED MODULE: ./src/provision/binfmt.ts
// Making WASI native on Linux: register a binfmt_misc entry for the `\0asm`
// magic whose interpreter is a runtime that passed the basic probes, and
// remove it again. Root does it directly; otherwise `sudo -n`, or nothing.









/** How our entries' names in /proc/sys/fs/binfmt_misc begin. */
const ENTRY_PREFIX = 'wasi-probe';
/**
 * A name for one run's entry: two probes on one machine (parallel jobs on a
 * self-hosted runner) each remove their own, never the other's.
 */
function newEntryName() {
    return `${ENTRY_PREFIX}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
}
/**
 * The CLI's one name: it has no post step, so what it registers stays; a
 * second run replaces it, and `--native unregister` removes it, never an
 * action run's entry.
 */
const CLI_ENTRY_NAME = `${ENTRY_PREFIX}-cli`;
/** True for a name newEntryName() gives, the CLI's, or the one older versions used. */
function isOurEntryName(name) {
    return name === ENTRY_PREFIX || name === CLI_ENTRY_NAME || /^wasi-probe-[0-9a-f]{8}$/.test(name);
}
/** The magic `\0asm` and version 1, as the register file takes it. */
const MAGIC = '\\x00asm\\x01\\x00\\x00\\x00';
/** How to run a command as root here: directly, through `sudo -n`, or not at all. */
function asRoot(env) {
    const run = (argv, input) => {
        const result = (0,external_node_child_process_.spawnSync)(argv[0], argv.slice(1), { input, encoding: 'utf8', env, timeout: 15_000 });
        const error = result.error?.message ?? result.stderr?.trim() ?? '';
        return { ok: result.status === 0, error: error || `exit code ${result.status}` };
    };
    if (process.getuid?.() === 0)
        return run;
    const sudo = (0,external_node_child_process_.spawnSync)('sudo', ['-n', 'true'], { env, timeout: 15_000 });
    if (sudo.status === 0)
        return (argv, input) => run(['sudo', '-n', ...argv], input);
    return undefined;
}
/** Writes `text` to a file in /proc/sys/fs/binfmt_misc (through `tee`, so sudo applies and no shell is involved). */
function writeProc(root, file, text) {
    return root(['tee', (0,external_node_path_.join)(BINFMT_DIR, file)], text);
}
/**
 * Where the wrapper goes: beside a runtime that wasi-probe installed (or found
 * in the tool cache), else in `fallbackDir`; never into a system folder.
 */
function writeWrapper(runtime, script, fallbackDir) {
    const ours = runtime.source !== null && result/* TOOL_CACHE_SOURCES */.z.includes(runtime.source);
    for (const dir of ours ? [(0,external_node_path_.dirname)(runtime.path), fallbackDir] : [fallbackDir]) {
        const path = (0,external_node_path_.join)(dir, `wasi-probe-binfmt-${runtime.id}`);
        try {
            (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
            (0,external_node_fs_.writeFileSync)(path, script);
            (0,external_node_fs_.chmodSync)(path, 0o755);
            return path;
        }
        catch {
            // Not writable here: the next place.
        }
    }
    throw new Error(`no folder to write the ${runtime.id} wrapper in (tried ${(0,external_node_path_.dirname)(runtime.path)}, ${fallbackDir})`);
}
/** The interpreter binfmt_misc gets for `runtime`, as its adapter says: the binary itself, or a script. */
function interpreterFor(runtime, facts, fallbackDir) {
    const spec = runtimes_runtimeById(runtime.id);
    if (!spec || !('binfmt' in spec))
        throw new Error(`${runtime.id} cannot serve as the binfmt_misc interpreter`);
    const { interpreter } = spec.binfmt;
    if (interpreter === 'direct')
        return runtime.path;
    const script = interpreter === 'wrapper' && spec.kind === 'cli'
        ? wrapperScript(spec, runtime.path, facts)
        : typeof interpreter === 'function'
            ? interpreter(runtime.path)
            : undefined;
    if (script === undefined)
        throw new Error(`${runtime.id} has no binfmt_misc wrapper form`);
    return writeWrapper(runtime, script, fallbackDir);
}
/** Registers `runtime` (or the first that passed) as the interpreter, under the name `entry`. */
function registerNative(request, runtimes, wrapperDir, entry, env = process.env, facts = new Map()) {
    if (process.platform !== 'linux') {
        return {
            registered: false,
            reason: `${process.platform === 'darwin' ? 'macOS' : process.platform} has no binfmt_misc`
        };
    }
    const candidates = runtimes.filter((r) => r.status === 'pass' && r.path && INTERPRETER_ORDER.includes(r.id));
    const chosen = request.runtime
        ? candidates.find((r) => r.id === request.runtime)
        : INTERPRETER_ORDER.map((id) => candidates.find((r) => r.id === id)).find(Boolean);
    if (!chosen) {
        return {
            registered: false,
            reason: request.runtime
                ? `${request.runtime} did not pass the basic probes here, so it cannot be the interpreter`
                : 'no runtime passed the basic probes, so there is no interpreter to register'
        };
    }
    const root = asRoot(env);
    if (!root)
        return {
            registered: false,
            reason: 'not root, and `sudo -n` is not available: binfmt_misc cannot be changed'
        };
    if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(BINFMT_DIR, 'register'))) {
        const mount = root(['mount', '-t', 'binfmt_misc', 'binfmt_misc', BINFMT_DIR]);
        if (!mount.ok)
            return { registered: false, reason: `binfmt_misc is not mounted and could not be: ${mount.error}` };
    }
    const scan = scanBinfmt();
    const others = scan.state === 'scanned' ? scan.entries.filter((e) => handlesWasm(e) && e.name !== entry) : [];
    if (others.length > 0 && !request.force) {
        return {
            registered: false,
            reason: `an entry for .wasm is already in force (${others.map((e) => `${e.name}: ${e.interpreter}`).join(', ')}); kept (use native: register force to replace it)`,
            kept: others[0].interpreter
        };
    }
    // With force, the other entries stay (another probe's too): the kernel tries the newest entry
    // first, so ours is used while it is there, and theirs is back once ours is removed.
    if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(BINFMT_DIR, entry)))
        writeProc(root, entry, '-1');
    let interpreter;
    try {
        interpreter = interpreterFor(chosen, factsFor(chosen, facts), wrapperDir);
    }
    catch (error) {
        return { registered: false, reason: error instanceof Error ? error.message : String(error) };
    }
    // F: the kernel opens the interpreter now, so it works in containers and chroots too.
    const written = writeProc(root, 'register', `:${entry}:M::${MAGIC}::${interpreter}:F`);
    if (!written.ok)
        return { registered: false, reason: `registering failed: ${written.error}` };
    return {
        registered: true,
        entry,
        interpreter,
        runtime: chosen.id,
        ...(others.length > 0 ? { shadows: others.map((e) => e.name) } : {})
    };
}
/** Removes the entry `entry`, one of ours, and nothing else; `absent` when it is not (or no longer) there. */
function unregisterNative(entry, env = process.env) {
    if (!isOurEntryName(entry))
        return { removed: false, reason: `${JSON.stringify(entry)} is not a wasi-probe entry` };
    if (process.platform !== 'linux' || !(0,external_node_fs_.existsSync)((0,external_node_path_.join)(BINFMT_DIR, entry))) {
        return { removed: false, absent: true, reason: `no entry ${entry} is registered` };
    }
    const root = asRoot(env);
    if (!root)
        return { removed: false, reason: 'not root, and `sudo -n` is not available' };
    const result = writeProc(root, entry, '-1');
    return result.ok ? { removed: true } : { removed: false, reason: result.error };
}

// EXTERNAL MODULE: ./src/provision/discover.ts
var discover = __nccwpck_require__(2872);
;// CONCATENATED MODULE: ./src/provision/provision.ts




async function provision(plan, env, platform, options = {}) {
    const result = { located: new Map(), absent: new Map(), installs: new Map() };
    const install = plan.install;
    // The installer and the Actions cache client are large: loaded only when asked for,
    // so that probing alone starts fast.
    const installer = install ? await Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(838), __nccwpck_require__.e(692), __nccwpck_require__.e(805), __nccwpck_require__.e(157)]).then(__nccwpck_require__.bind(__nccwpck_require__, 157)) : undefined;
    const api = install
        ? new (await Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(692), __nccwpck_require__.e(868)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9868))).ReleasesApi(install.apiUrl, install.token)
        : undefined;
    const warn = options.warn ?? (() => { });
    let cache;
    if (install?.cache && platform) {
        const { actionsCache, actionsCacheAvailable } = await Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(838), __nccwpck_require__.e(324), __nccwpck_require__.e(312), __nccwpck_require__.e(811)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6811));
        if (actionsCacheAvailable())
            cache = actionsCache(platform, warn);
        else
            warn('cache: true, but the Actions cache service is not available here: runtimes are downloaded');
    }
    const record = (id, outcome) => {
        result.installs.set(id, outcome.record);
        if (outcome.kind === 'ready')
            result.located.set(id, outcome.located);
        else if (outcome.kind === 'unavailable')
            result.absent.set(id, { status: 'unavailable', reason: outcome.reason });
        else {
            result.absent.set(id, {
                status: 'error',
                reason: `install failed at ${outcome.stage}: ${outcome.reason}`,
                failedStage: outcome.stage
            });
        }
    };
    await Promise.all(plan.runtimes.map(async (id) => {
        const spec = runtimes_runtimeById(id);
        if (!spec || spec.kind === 'native')
            return;
        const notHere = spec.kind === 'jco' ? spec.notOn?.[THIS_OS] : undefined;
        if (notHere) {
            result.absent.set(id, { status: 'unavailable', reason: notHere });
            return;
        }
        const requested = install?.versions[id];
        // A version asked for is installed (or taken from the tool cache); without
        // one, whatever is on the machine will do.
        const found = requested === undefined ? (0,discover/* locate */.x5)(spec, env) : undefined;
        if (found) {
            result.located.set(id, found);
            return;
        }
        if (install && spec.kind === 'jco' && !provision_asksForComponents(plan)) {
            result.absent.set(id, {
                status: 'missing',
                reason: 'not found on PATH or in the tool cache, and not installed: jco runs components only, ' +
                    'and neither a component probe (probes: component) nor your modules were asked for'
            });
            return;
        }
        if (install && spec.kind === 'jco') {
            const { installNodePackage } = await Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(838), __nccwpck_require__.e(805), __nccwpck_require__.e(276)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9276));
            const outcome = await installNodePackage(spec, requested, {
                arch: platform?.arch ?? process.arch,
                env,
                verify: install.verify,
                manifest: options.manifest,
                cache,
                warn
            });
            record(id, outcome);
            return;
        }
        if (!install || !installer || !api || spec.kind !== 'cli') {
            result.absent.set(id, { status: 'missing', reason: 'not found on PATH or in the tool cache' });
            return;
        }
        if (!platform) {
            result.absent.set(id, {
                status: 'unavailable',
                reason: `no runtime builds are published for ${process.platform}-${process.arch}`
            });
            return;
        }
        const outcome = await installer.installRuntime(spec, requested, {
            platform,
            api,
            apiUrl: install.apiUrl,
            downloadUrl: install.downloadUrl,
            token: install.token,
            verify: install.verify,
            manifest: options.manifest,
            cache,
            warn
        });
        record(id, outcome);
    }));
    return result;
}
/** True when something the plan runs may be a component: a component probe, or the user's modules. */
function provision_asksForComponents(plan) {
    const probes = selectProbes(plan.probes);
    return (Boolean(plan.modules) ||
        probes.some((probe) => (probe.wasiVersion ?? 'wasm32-wasip1') !== 'wasm32-wasip1'));
}

;// CONCATENATED MODULE: ./src/provision/runners.ts
// The `runners` output: for each runtime that passed, the command a later step
// puts before a module to run it (`$RUNNER tool.wasm --flag`). On Linux and
// macOS it is quoted for a POSIX shell; on Windows its paths have forward
// slashes, and a runtime that needs a sh script (wasmer, bun, native) has none.
// The runner program of node and deno, and the scripts, are written beside the
// tool cache, which lives as long as the job, under names that say what they hold.








/** Where runner scripts go: beside the tool cache, else the OS temp dir. */
function runnersDir(env) {
    return (0,external_node_path_.join)(env.RUNNER_TOOL_CACHE || (0,external_node_os_.tmpdir)(), 'wasi-probe-runners');
}
/**
 * Writes `content` under `name` with a digest of it before the extension (so
 * that two probes never clash), at once (never half-written); returns its path.
 */
function writeNamed(dir, name, content, mode) {
    const digest = (0,external_node_crypto_.createHash)('sha256').update(content).digest('hex').slice(0, 12);
    const extension = (0,external_node_path_.extname)(name);
    const path = (0,external_node_path_.join)(dir, `${name.slice(0, name.length - extension.length)}-${digest}${extension}`);
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    const partial = `${path}.${process.pid}.partial`;
    (0,external_node_fs_.writeFileSync)(partial, content, { mode });
    (0,external_node_fs_.chmodSync)(partial, mode);
    (0,external_node_fs_.renameSync)(partial, path);
    return path;
}
/** The command for one runtime's form, or undefined when it has none on `os`. */
function commandFor(id, form, dir, os) {
    const words = (list) => list.map(os === 'windows' ? windowsWord : shellWord).join(' ');
    if ('prefix' in form)
        return words(form.prefix);
    if ('helper' in form)
        return words(form.prefixWith(writeNamed(dir, form.helper.file, form.helper.source, 0o644)));
    // A sh script: nothing on Windows runs one as a command.
    return os === 'windows' ? undefined : shellWord(writeNamed(dir, id, form.script, 0o755));
}
/** Runtime id → the command that runs `module args...` through it, for every runtime that passed. */
function writeRunners(runtimes, env, facts = new Map(), os = THIS_OS) {
    const runners = {};
    for (const runtime of runtimes) {
        const spec = runtimes_runtimeById(runtime.id);
        if (runtime.status !== 'pass' || !spec || (spec.kind !== 'native' && !runtime.path))
            continue;
        // The runners run preview1 modules; jco runs components only.
        if (spec.kind === 'jco')
            continue;
        const form = runnerForm(spec, runtime.path ?? '', { ...factsFor(runtime, facts), os });
        const command = commandFor(runtime.id, form, runnersDir(env), os);
        if (command !== undefined)
            runners[runtime.id] = command;
    }
    return runners;
}

;// CONCATENATED MODULE: ./src/publish/fail-on.ts
function describeFailOn(failOn) {
    if (failOn.kind === 'runtimes')
        return failOn.ids.join(', ');
    return failOn.kind;
}
function evaluateFailOn(failOn, runtimes) {
    const rule = describeFailOn(failOn);
    const passed = runtimes.filter((r) => r.status === 'pass').map((r) => r.id);
    if (failOn.kind === 'none')
        return { rule, ok: true, message: 'fail-on is none: the step does not fail on results' };
    if (failOn.kind === 'any') {
        return passed.length > 0
            ? { rule, ok: true, message: `at least one runtime passed: ${passed.join(', ')}` }
            : { rule, ok: false, message: 'fail-on: any, but no runtime passed the basic probes' };
    }
    const notPassed = runtimes.filter((r) => failOn.ids.includes(r.id) && r.status !== 'pass');
    if (notPassed.length === 0)
        return { rule, ok: true, message: `${rule} passed` };
    const details = notPassed.map((r) => `${r.id} is ${r.status}${r.reason ? ` (${r.reason})` : ''}`);
    return { rule, ok: false, message: `fail-on: ${rule} must pass, but ${details.join('; ')}` };
}
/**
 * The probe's rule over many hosts: what would fail it on each host that reported, and on each
 * expected one that did not (no runtime passed there either). Empty when the rule is met.
 */
function reportFailOnProblems(report, failOn) {
    if (failOn.kind === 'none')
        return [];
    const passesOn = (host, id) => Object.entries(report.cells[host]).some(([runtime, cell]) => (id === undefined || runtime === id) && cell.status === 'pass');
    const list = (hosts) => hosts.join(', ');
    const problems = failOn.kind === 'any'
        ? [report.hosts.filter((host) => !passesOn(host))]
            .filter((hosts) => hosts.length > 0)
            .map((hosts) => `no runtime passes on ${list(hosts)}`)
        : failOn.ids.flatMap((id) => {
            const hosts = report.hosts.filter((host) => !passesOn(host, id));
            return hosts.length > 0 ? [`${id} does not pass on ${list(hosts)}`] : [];
        });
    const failed = report.hosts.filter((host) => report.errors[host] !== undefined);
    if (problems.length > 0 && failed.length > 0)
        problems.push(`could not probe: ${list(failed)}`);
    if (report.missing.length > 0)
        problems.push(`did not report: ${list(report.missing)}`);
    return problems;
}

// EXTERNAL MODULE: ./src/run/disk-watch.ts
var disk_watch = __nccwpck_require__(870);
// EXTERNAL MODULE: ./src/run/process.ts
var run_process = __nccwpck_require__(8016);
;// CONCATENATED MODULE: ./src/run/classify.ts


const SPAWN_ERRORS = {
    ENOENT: 'not found',
    EACCES: 'permission denied (not executable, or on a noexec mount)',
    ENOEXEC: 'not an executable format this system can run',
    EPERM: 'operation not permitted',
    ERR_INVALID_ARG_VALUE: 'an argument or environment value holds a NUL byte, which no process can be given'
};
/** A dynamic loader that could not find a library exits 127 and says so. */
const MISSING_LIBRARY = /error while loading shared libraries|Library not loaded|dyld(\[\d+\])?:/;
/**
 * A file the kernel cannot execute (a broken download, a binary for another
 * system): libc's execvp then hands it to /bin/sh as a script, which fails on
 * its first line and names the file. dash: `PATH: 1: ...` (exit 127, or 2 for
 * a syntax error); busybox: `PATH: line 1: ...`; bash: `PATH: PATH: cannot
 * execute binary file` (exit 126). A script with a #! line never fails on
 * line 1.
 */
const SHELL_READ_A_BINARY = /^([^\n:]*\/[^\n:]*): (?:(?:line )?1: |\1: cannot execute binary file)/;
const SHELL_FAILURE_CODES = [2, 126, 127];
/** Why a run could not even start (spawn error, missing shared library, not an executable), or undefined when it started. */
function startProblem(end, stderr) {
    // Not the runtime's doing: the job was cancelled while it ran, or before.
    if (end.spawnError === run_process/* CANCELLED */.gD)
        return 'cancelled: the job was cancelled before this run ended';
    if (end.spawnError === run_process/* WROTE_TOO_MUCH */.Dj)
        return `stopped: it wrote more than ${disk_watch/* WRITE_LIMIT_BYTES */.A7 / 1024 ** 3} GiB into its directories, wasi-probe's limit`;
    if (end.spawnError) {
        const meaning = Object.hasOwn(SPAWN_ERRORS, end.spawnError) ? SPAWN_ERRORS[end.spawnError] : undefined;
        return `could not start: ${end.spawnError}${meaning ? ` (${meaning})` : ''}`;
    }
    if (end.exitCode === 127 && MISSING_LIBRARY.test(stderr))
        return `could not start: ${firstLine(stderr)}`;
    if (SHELL_FAILURE_CODES.includes(end.exitCode) && SHELL_READ_A_BINARY.test(stderr))
        return 'could not start: not an executable (this system cannot run the file: a broken download, or a binary for another system; /bin/sh tried it as a script)';
    return undefined;
}
function classify(expect, observation, isTrap, timeoutMs) {
    if (observation.spawnError)
        return { status: 'error', reason: startProblem(observation, '') };
    if (observation.timedOut) {
        return { status: 'timeout', reason: `still running after ${timeoutMs / 1000}s, killed` };
    }
    const run = {
        exitCode: observation.exitCode,
        signal: observation.signal,
        stdout: observation.stdout.text,
        stderr: observation.stderr.text
    };
    const cannotStart = startProblem(run, run.stderr);
    if (cannotStart)
        return { status: 'error', reason: cannotStart };
    if (expect.recordOnly)
        return { status: 'recorded', reason: `${describeEnd(run)} (recorded, not judged)` };
    // `nonzero`: the run must fail, whichever way (an exit code, a signal, a trap).
    const exitMatches = expect.exitCode === 'nonzero'
        ? run.exitCode !== 0 || run.signal !== null
        : run.exitCode === expect.exitCode;
    const stdoutMatches = expect.stdout === undefined || run.stdout === expect.stdout;
    const stderrMatches = (expect.stderrIncludes === undefined || run.stderr.includes(expect.stderrIncludes)) &&
        (expect.stderr === undefined || run.stderr === expect.stderr);
    if (exitMatches && stdoutMatches && stderrMatches)
        return { status: 'pass' };
    if (!exitMatches && observation.trap !== undefined)
        return { status: 'trap', reason: `trap: ${observation.trap}` };
    if (!exitMatches && isTrap(run)) {
        return { status: 'trap', reason: `trap (${describeEnd(run)}): ${firstLine(run.stderr || run.stdout)}` };
    }
    if (!exitMatches) {
        const expected = expect.exitCode === 'nonzero' ? 'a failure' : `exit code ${expect.exitCode}`;
        return { status: 'fail', reason: `${describeEnd(run)}, expected ${expected}` };
    }
    if (!stdoutMatches) {
        return {
            status: 'fail',
            reason: `stdout ${JSON.stringify(clip(run.stdout))}, expected ${JSON.stringify(expect.stdout)}`
        };
    }
    return {
        status: 'fail',
        reason: expect.stderr !== undefined
            ? `stderr ${JSON.stringify(clip(run.stderr))}, expected ${JSON.stringify(expect.stderr)}`
            : `stderr lacks ${JSON.stringify(expect.stderrIncludes)}`
    };
}
/** How a process ended, in words: `exit code 3`, `killed by SIGTERM`. */
function describeEnd(run) {
    return run.signal ? `killed by ${run.signal}` : `exit code ${run.exitCode}`;
}
function firstLine(text) {
    return clip(text.trim().split('\n')[0] ?? '');
}
function clip(text, max = 120) {
    return text.length > max ? `${text.slice(0, max)}…` : text;
}

;// CONCATENATED MODULE: ./src/run/outcome.ts


function probeOutcome(probe, verdict, observation) {
    return {
        id: probe.id,
        category: probe.category,
        status: verdict.status,
        ...(verdict.reason ? { reason: verdict.reason } : {}),
        exitCode: observation.exitCode,
        signal: observation.signal,
        expected: probe.expect,
        stdout: observation.stdout.text.slice(0, result/* EXCERPT_CHARS */.aC),
        stderr: observation.stderr.text.slice(0, result/* EXCERPT_CHARS */.aC),
        stdoutBytes: observation.stdout.bytes,
        stderrBytes: observation.stderr.bytes,
        durationMs: observation.durationMs
    };
}
/** A probe that did not run, with the reason. */
function probeNotRun(probe, status, reason) {
    return {
        id: probe.id,
        category: probe.category,
        status,
        reason,
        exitCode: null,
        signal: null,
        expected: probe.expect,
        stdout: '',
        stderr: '',
        stdoutBytes: 0,
        stderrBytes: 0,
        durationMs: 0
    };
}
/**
 * Why a runtime with these limits, running what `support` says, cannot run
 * `probe`, or undefined when nothing keeps it from it.
 */
function unsupportedReason(probe, limits = {}, support = PREVIEW1_COMMANDS) {
    const version = wasiVersionProblem(probe.wasiVersion ?? 'wasm32-wasip1', support, limits);
    if (version)
        return version;
    if (probe.args.length > 0 && limits.args)
        return limits.args;
    if (Object.keys(probe.env).length > 0 && limits.env)
        return limits.env;
    if (probe.dir && limits.dirs)
        return limits.dirs;
    if (probe.stdin !== undefined && limits.stdin)
        return limits.stdin;
    const { exitCode } = probe.expect;
    if (typeof exitCode === 'number' && exitCode >= 3 && limits.exitCodes)
        return limits.exitCodes;
    return undefined;
}
/** What a test expects, for the result file: the exit code its wait wants, and all of its operations. */
function testExpectation(test) {
    const wait = test.config.operations.find((op) => op.type === 'wait');
    return {
        exitCode: wait?.type === 'wait' ? wait.exit_code : 0,
        operations: test.config.operations,
        ...(test.config.dirs.length > 0 ? { dirs: test.config.dirs } : {})
    };
}
function testFields(test) {
    return {
        id: test.id,
        category: 'custom',
        ...(test.suite !== undefined ? { suite: test.suite } : {}),
        test: test.name
    };
}
/** A test that did not run on this runtime, with the reason. */
function testNotRun(test, status, reason) {
    return {
        ...testFields(test),
        status,
        reason,
        exitCode: null,
        signal: null,
        expected: testExpectation(test),
        stdout: '',
        stderr: '',
        stdoutBytes: 0,
        stderrBytes: 0,
        durationMs: 0
    };
}
function testOutcome(test, verdict, run) {
    return {
        ...testFields(test),
        status: verdict.status,
        ...(verdict.reason ? { reason: verdict.reason } : {}),
        ...(verdict.failedCheck ? { failedCheck: verdict.failedCheck } : {}),
        exitCode: run.exit?.exitCode ?? null,
        signal: run.exit?.signal ?? null,
        expected: testExpectation(test),
        stdout: run.stdout.text.slice(0, result/* EXCERPT_CHARS */.aC),
        stderr: run.stderr.text.slice(0, result/* EXCERPT_CHARS */.aC),
        stdoutBytes: run.stdout.bytes,
        stderrBytes: run.stderr.bytes,
        durationMs: run.durationMs
    };
}
/**
 * A runtime supports WASI when every basic probe it can express passes (the
 * capability probes say how well, not whether). Otherwise it failed, or, when
 * nothing could even start, it is an error.
 */
function runtimeStatus(probes) {
    // A recorded outcome is not judged (the exit codes some runtimes reserve).
    const ranOf = (list) => list.filter((p) => p.status !== 'unsupported' && p.status !== 'recorded');
    // A runtime that runs no core module (jco runs components only) is judged by the embedded
    // probes it can run, and one that runs none of those by the user's tests.
    const ran = [
        probes.filter((p) => p.category === 'basic'),
        probes.filter((p) => p.category !== 'custom'),
        probes
    ]
        .map(ranOf)
        .find((list) => list.length > 0);
    if (!ran) {
        const reasons = new Set(probes.map((p) => p.reason));
        const [only] = reasons;
        return {
            status: 'unsupported',
            reason: reasons.size === 1 && only ? only : 'no probe can run on this runtime'
        };
    }
    const failed = ran.filter((p) => p.status !== 'pass');
    if (failed.length === 0)
        return { status: 'pass' };
    const reason = failed.map((p) => `${p.id}: ${p.reason ?? p.status}`).join('; ');
    const nothingStarted = failed.length === ran.length && failed.every((p) => p.status === 'error');
    return { status: nothingStarted ? 'error' : 'fail', reason, failedStage: 'run' };
}
function runtimeOutcome(spec, fields) {
    return {
        id: spec.id,
        name: spec.name,
        version: null,
        path: null,
        source: null,
        probes: [],
        durationMs: 0,
        ...fields
    };
}
/** The outcome of a runtime that ran its probes: where it was, what it said, how it went. */
function ranOutcome(spec, located, version, probes, started) {
    return runtimeOutcome(spec, {
        version,
        path: located.path,
        source: located.source,
        ...(located.libDir ? { libDir: located.libDir } : {}),
        ...runtimeStatus(probes),
        probes,
        durationMs: Math.round(performance.now() - started)
    });
}

// EXTERNAL MODULE: ./src/probes/suites/expectations.ts + 9 modules
var expectations = __nccwpck_require__(2666);
// EXTERNAL MODULE: ./src/probes/module-kind.ts
var module_kind = __nccwpck_require__(1666);
;// CONCATENATED MODULE: ./src/result/error-words.ts
// What a run said about why it ended as it did: the first line that reads as
// an error, for a reason a person reads. One rule for the user's tests (run
// stage) and the embedded probes (summary, log, page).
/** Words that mark a line as an error, whoever wrote it (the runtime, or the module's own panic). */
const ERROR_LINE = /\b(error|exception|trap|panic|panicked|fail|failed|fault|abort|assert|assertion|unreachable)/i;
/** How much of the line is shown: the result file keeps the output itself. */
const WORDS_CHARS = 200;
/** The streams of a run, the one the runtime writes its errors to first. */
function error_words_streamsFrom(errorStream) {
    return errorStream === 'stdout' ? ['stdout', 'stderr'] : ['stderr', 'stdout'];
}
/**
 * The first line that reads as an error, looked for in `errorStream` first
 * (stdout for WAMR and WasmEdge); without one, the first line there is. A
 * line ending in `:` ("panicked at src/x.rs:17:5:") takes the next one along,
 * which says what.
 */
function firstErrorWords(output, errorStream = 'stderr') {
    const streams = error_words_streamsFrom(errorStream);
    const linesOf = (stream) => output[stream]
        .split(/\r\n|\n/)
        .map((line) => line.trim())
        .filter(Boolean);
    const pick = (stream, lines, at) => {
        const words = lines[at].endsWith(':') && lines[at + 1] ? `${lines[at]} ${lines[at + 1]}` : lines[at];
        return { stream, words: words.length > WORDS_CHARS ? `${words.slice(0, WORDS_CHARS - 1)}…` : words };
    };
    for (const stream of streams) {
        const lines = linesOf(stream);
        const at = lines.findIndex((line) => ERROR_LINE.test(line));
        if (at >= 0)
            return pick(stream, lines, at);
    }
    for (const stream of streams) {
        const lines = linesOf(stream);
        if (lines.length > 0)
            return pick(stream, lines, 0);
    }
    return undefined;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: ./src/probes/suites/test-folder.ts
var test_folder = __nccwpck_require__(7514);
;// CONCATENATED MODULE: ./src/run/copy-tree.ts
// A test's directory, copied for one run so that the user's files never
// change: real copies (a reflink where the filesystem has them, bytes
// otherwise; never hard links, through which a module could write into the
// original), owner-writable even where the source is read-only, as a fresh
// checkout is. A link stays a link, relative, to its place in the copy; one
// that leads out of the directory is refused (loading the tests refused it
// already: this is for a directory changed since).




/** wasi-testsuite marks what a test leaves behind with this suffix; the runner removes such files and folders, never links. */
const isCleanupName = (name) => name.endsWith('.cleanup');
/** A copy that did not finish in the time it had: the time counts against the test's own. */
class CopyTimeout extends Error {
}
/**
 * Copies the directory `from` (a link to one is followed) to `to`, which must
 * not exist, leaving out `*.cleanup`; throws CopyTimeout past `deadline` (a
 * performance.now() time).
 */
async function copyTree(from, to, deadline = Infinity) {
    const real = (0,external_node_fs_.realpathSync)(from);
    await copyDirectory(real, real, to, deadline);
    await (0,promises_.chmod)(to, ((0,external_node_fs_.lstatSync)(real).mode & 0o7777) | 0o700);
}
async function copyDirectory(root, from, to, deadline) {
    await (0,promises_.mkdir)(to, { mode: 0o700 });
    for (const entry of await (0,promises_.readdir)(from, { withFileTypes: true })) {
        if (performance.now() > deadline)
            throw new CopyTimeout(`copying ${root} took longer than the test may`);
        const source = (0,external_node_path_.join)(from, entry.name);
        const target = (0,external_node_path_.join)(to, entry.name);
        if (entry.isSymbolicLink()) {
            await (0,promises_.symlink)(linkInCopy(root, source), target);
            continue;
        }
        if (isCleanupName(entry.name))
            continue;
        if (entry.isDirectory()) {
            await copyDirectory(root, source, target, deadline);
            await (0,promises_.chmod)(target, ((await (0,promises_.lstat)(source)).mode & 0o7777) | 0o700);
        }
        else if (entry.isFile()) {
            await (0,promises_.copyFile)(source, target, external_node_fs_.constants.COPYFILE_FICLONE);
            await (0,promises_.chmod)(target, ((await (0,promises_.lstat)(source)).mode & 0o7777) | 0o600);
        }
        // Sockets, fifos and devices are not copied: a test directory has no use for them.
    }
}
/** What the copy of the link at `source` points to: its own text when relative, else the way there inside the copy. */
function linkInCopy(root, source) {
    const text = (0,external_node_fs_.readlinkSync)(source);
    const inside = (0,test_folder/* linkTargetInside */.eM)(source, root);
    if (inside === undefined)
        throw new Error(`the link ${source} -> ${text} leads out of ${root}`);
    return (0,external_node_path_.isAbsolute)(text) ? (0,external_node_path_.relative)((0,external_node_path_.dirname)(source), inside) || '.' : text;
}
/** Removes the `*.cleanup` files and folders below `dir`, as the runner does before each run. */
function removeCleanupFiles(dir) {
    for (const entry of (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true })) {
        const path = (0,external_node_path_.join)(dir, entry.name);
        if (entry.isSymbolicLink())
            continue;
        if (isCleanupName(entry.name))
            (0,external_node_fs_.rmSync)(path, { recursive: true, force: true });
        else if (entry.isDirectory())
            removeCleanupFiles(path);
    }
}

// EXTERNAL MODULE: ./src/probes/suites/spec.ts
var spec = __nccwpck_require__(3102);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(7067);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __nccwpck_require__(7030);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __nccwpck_require__(8522);
;// CONCATENATED MODULE: ./src/run/test-network.ts
// The network side of a wasi-testsuite test, as the official runner has it:
// HTTP servers stood up for the module's outbound requests (`servers`), TCP
// connections to a module that serves (`connect`, `send`, `recv`), and HTTP
// requests to a module that serves HTTP (`request`).



const LOOPBACK = '127.0.0.1';
function listen(server) {
    return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, LOOPBACK, () => {
            const address = server.address();
            resolve(typeof address === 'object' && address ? address.port : 0);
        });
    });
}
/** An address where nothing listens, so that connecting to it is refused. */
async function closedAddress() {
    const server = (0,external_node_net_.createServer)();
    const port = await listen(server);
    await new Promise((resolve) => server.close(() => resolve()));
    return `${LOOPBACK}:${port}`;
}
function readBody(request) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        request.on('data', (chunk) => chunks.push(chunk));
        request.on('end', () => resolve(Buffer.concat(chunks)));
        request.on('error', reject);
    });
}
/** The request line and headers, given back as `x-request-*`, `x-echo-*` and `x-trailer-*` response headers. */
function echoedHeaders(request) {
    const echoed = [
        ['x-request-method', request.method ?? ''],
        ['x-request-path', request.url ?? '']
    ];
    const raw = request.rawHeaders;
    const names = [...new Set(raw.filter((_, i) => i % 2 === 0).map((name) => name.toLowerCase()))];
    for (const name of names) {
        for (let i = 0; i < raw.length; i += 2)
            if (raw[i].toLowerCase() === name)
                echoed.push([`x-echo-${name}`, raw[i + 1]]);
    }
    for (const [name, value] of Object.entries(request.trailers))
        echoed.push([`x-trailer-${name}`, String(value)]);
    return echoed;
}
function endpointServer(endpoints) {
    const routes = new Map(endpoints.map((endpoint) => [`${endpoint.method} ${endpoint.path}`, endpoint]));
    return (0,external_node_http_.createServer)(async (request, response) => {
        const body = await readBody(request).catch(() => Buffer.alloc(0));
        const endpoint = routes.get(`${request.method} ${request.url}`);
        const head = request.method === 'HEAD';
        // One connection per request, as the runner's server does.
        response.shouldKeepAlive = false;
        const reply = (status, headers, payload) => {
            response.statusCode = status;
            for (const [name, value] of headers)
                response.appendHeader(name, value);
            response.setHeader('Content-Length', String(payload.length));
            response.end(head ? undefined : payload);
        };
        if (!endpoint)
            return reply(404, [], Buffer.alloc(0));
        if (endpoint.mode === 'echo-body')
            return reply(200, [], body);
        if (endpoint.mode === 'echo-headers')
            return reply(200, echoedHeaders(request), Buffer.alloc(0));
        const answer = endpoint.response;
        const headers = Object.entries(answer.headers);
        if (answer.chunks === null)
            return reply(answer.status, headers, Buffer.from(answer.body, 'utf8'));
        response.statusCode = answer.status;
        for (const [name, value] of headers)
            response.appendHeader(name, value);
        const trailers = Object.entries(answer.trailers);
        if (trailers.length > 0)
            response.setHeader('Trailer', trailers.map(([name]) => name).join(', '));
        if (!head)
            for (const chunk of answer.chunks)
                response.write(chunk);
        if (trailers.length > 0)
            response.addTrailers(Object.fromEntries(trailers));
        response.end();
    });
}
/** Stands up the spec's servers on loopback. */
async function startServers(specs) {
    const env = {};
    const servers = [];
    for (const spec of specs) {
        const variable = `HTTP_SERVER_${spec.name.toUpperCase()}`;
        if (spec.kind === 'closed') {
            env[variable] = await closedAddress();
            continue;
        }
        const server = endpointServer(spec.endpoints);
        servers.push(server);
        env[variable] = `${LOOPBACK}:${await listen(server)}`;
    }
    return {
        env,
        close: async () => {
            await Promise.all(servers.map((server) => new Promise((resolve) => {
                server.closeAllConnections();
                server.close(() => resolve());
            })));
        }
    };
}
/** A TCP connection to the module, read the way Python's `socket.recv(n)` reads it. */
class Connection {
    socket;
    buffered = Buffer.alloc(0);
    ended = false;
    wake;
    constructor(socket) {
        this.socket = socket;
        socket.on('data', (chunk) => {
            this.buffered = Buffer.concat([this.buffered, chunk]);
            this.wake?.();
        });
        socket.on('close', () => {
            this.ended = true;
            this.wake?.();
        });
        socket.on('error', () => { });
    }
    static open(host, port, timeoutMs) {
        return new Promise((resolve, reject) => {
            const socket = (0,external_node_net_.connect)({ host, port });
            const timer = setTimeout(() => {
                socket.destroy();
                reject(new Error(`no connection after ${timeoutMs / 1000} s`));
            }, timeoutMs);
            socket.once('connect', () => {
                clearTimeout(timer);
                resolve(new Connection(socket));
            });
            socket.once('error', (error) => {
                clearTimeout(timer);
                reject(error);
            });
        });
    }
    send(payload) {
        return new Promise((resolve, reject) => this.socket.write(payload, 'utf8', (error) => (error ? reject(error) : resolve())));
    }
    /** Up to `bytes` bytes, as soon as any arrive; empty at the end of the stream. */
    async recv(bytes, timeoutMs) {
        if (bytes === 0)
            return Buffer.alloc(0);
        if (this.buffered.length === 0 && !this.ended) {
            await new Promise((resolve, reject) => {
                const timer = setTimeout(() => reject(new Error(`nothing received in ${timeoutMs / 1000} s`)), timeoutMs);
                this.wake = () => {
                    clearTimeout(timer);
                    resolve();
                };
            }).finally(() => (this.wake = undefined));
        }
        const taken = this.buffered.subarray(0, bytes);
        this.buffered = this.buffered.subarray(taken.length);
        return taken;
    }
    close() {
        this.socket.destroy();
    }
}
/** What differs between the response and the one expected; undefined when nothing does. */
function responseDifference(status, headers, body, expected) {
    if (status !== expected.status)
        return `status ${status}, expected ${expected.status}`;
    for (const [name, value] of Object.entries(expected.headers)) {
        const found = headers[name.toLowerCase()];
        if (found === undefined)
            return `the response has no header ${name}`;
        const actual = Array.isArray(found) ? found.join(', ') : found;
        if (actual !== value)
            return `header ${name} is ${JSON.stringify(actual)}, expected ${JSON.stringify(value)}`;
    }
    if (body !== expected.body)
        return `body ${JSON.stringify(body)}, expected ${JSON.stringify(expected.body)}`;
    return undefined;
}
/** Joins the server's URL and a request path as the runner does. */
function joinUrl(server, path) {
    return path.startsWith('/') ? server.replace(/\/+$/, '') + path : `${server.replace(/\/+$/, '')}/${path}`;
}
/**
 * What the official runner's HTTP library (requests) makes of a response body:
 * gzip and deflate undone, text decoded by the charset of its content type,
 * ISO-8859-1 for text without one, UTF-8 otherwise.
 */
function responseText(body, headers) {
    const encoding = String(headers['content-encoding'] ?? '').toLowerCase();
    let bytes = body;
    try {
        if (encoding === 'gzip')
            bytes = (0,external_node_zlib_.gunzipSync)(body);
        else if (encoding === 'deflate')
            bytes = (0,external_node_zlib_.inflateSync)(body);
    }
    catch {
        // Not what it says it is: compared as it came.
    }
    const type = String(headers['content-type'] ?? '').toLowerCase();
    const charset = /charset=["']?([\w-]+)/.exec(type)?.[1];
    const latin1 = charset ? /^(iso-8859-1|latin-?1)$/.test(charset) : type.includes('text');
    return bytes.toString(latin1 ? 'latin1' : 'utf8');
}
/** Sends the request; resolves with what went wrong, or undefined when the response is the expected one. */
function checkRequest(server, op, timeoutMs) {
    return new Promise((resolve) => {
        let url;
        try {
            url = new URL(joinUrl(server, op.path));
        }
        catch {
            return resolve(`${JSON.stringify(server)} is not a URL`);
        }
        const body = op.body === '' ? undefined : Buffer.from(op.body, 'utf8');
        const request = (0,external_node_http_.request)(url, {
            method: op.method,
            // What requests sends unless told otherwise; the spec's own headers win.
            headers: {
                Accept: '*/*',
                'Accept-Encoding': 'gzip, deflate',
                ...op.headers,
                ...(body ? { 'Content-Length': String(body.length) } : {})
            },
            timeout: timeoutMs
        }, (response) => {
            const chunks = [];
            response.on('data', (chunk) => chunks.push(chunk));
            response.on('end', () => resolve(responseDifference(response.statusCode ?? 0, response.headers, responseText(Buffer.concat(chunks), response.headers), op.response)));
            response.on('error', (error) => resolve(`the response broke off: ${error.message}`));
        });
        request.on('timeout', () => request.destroy(new Error(`no response in ${timeoutMs / 1000} s`)));
        request.on('error', (error) => resolve(`the request failed: ${error.message}`));
        request.end(body);
    });
}

;// CONCATENATED MODULE: ./src/run/test-case.ts
// Runs one wasi-testsuite test's operations against a module, with the official
// runner's rules (TestCaseRunner in test_suite_runner.py): operations in order,
// the first failure ends the test; `read` compares the next len(payload)
// characters; `wait` compares the exit code; network operations talk to the
// module while it runs.





/** Seconds an HTTP request may take: the runner's own limit. */
const REQUEST_TIMEOUT_MS = 5000;
/**
 * How long a read, a connection or a `recv` may wait. The official runner
 * gives them no limit (only `wait` is timed, from when it begins), so a module
 * that writes late still passes there; this limit only keeps one that never
 * writes from holding the run forever.
 */
function readLimitMs(timeoutMs) {
    return Math.max(30_000, 3 * timeoutMs);
}
/** How the official runner (Python's subprocess) sees an end: the exit code, or minus the signal's number. */
function returnCode(exit) {
    if (exit.signal === null)
        return exit.exitCode;
    const number = external_node_os_.constants.signals[exit.signal];
    return number === undefined ? null : -number;
}
/** A short, escaped piece of `text` around `at`, for a reason. */
function excerpt(text, at) {
    const start = Math.max(0, at - 12);
    const piece = text.slice(start, at + 24);
    return `${start > 0 ? '…' : ''}${JSON.stringify(piece).slice(1, -1)}${at + 24 < text.length ? '…' : ''}`;
}
/** Where `got` first differs from `expected`, with a short excerpt of each. */
function describeDifference(stream, got, expected) {
    let at = 0;
    while (at < got.length && at < expected.length && got[at] === expected[at])
        at += 1;
    if (at === got.length && got.length < expected.length)
        return `${stream} ended after ${got.length} characters ("${excerpt(got, at)}"), expected "${excerpt(expected, at)}"`;
    return `${stream} differs at character ${at + 1}: "${excerpt(got, at)}", expected "${excerpt(expected, at)}"`;
}
async function runTestCase(config, start, options) {
    const { timeoutMs } = options;
    const readMs = readLimitMs(timeoutMs);
    let current;
    const started = [];
    let exit;
    let failure;
    let servers;
    let waits = 0;
    let httpServer;
    const connections = new Map();
    const fail = (check, message) => {
        failure = { check, message };
    };
    const running = () => {
        if (!current)
            throw new Error('no module is running');
        return current;
    };
    const perform = async (op) => {
        switch (op.type) {
            case 'run': {
                servers ??= await startServers(config.servers);
                current = await start(op, servers.env);
                started.push(current);
                exit = undefined;
                return;
            }
            case 'write':
                return running().write(op.payload);
            case 'read': {
                const stream = op.id;
                const { text, timedOut } = await running().read(stream, op.payload.length, readMs);
                if (text === op.payload)
                    return;
                if (timedOut)
                    return fail('timeout', `${stream}: ${text.length} of the ${op.payload.length} characters expected came in ${readMs / 1000} s`);
                return fail(stream, describeDifference(stream, text, op.payload));
            }
            case 'wait': {
                const waitMs = waits++ === 0 ? Math.max(1, timeoutMs - Math.round(options.spentMs ?? 0)) : timeoutMs;
                exit = await running().wait(waitMs);
                const output = running().output();
                if (exit.timedOut)
                    return fail('timeout', `still running ${waitMs / 1000} s after the wait began${waitMs < timeoutMs ? ` (${timeoutMs / 1000} s less the time its directories took to copy)` : ''}; killed`);
                if (returnCode(exit) === op.exit_code)
                    return;
                const observed = { ...exit, stdout: output.stdout.text, stderr: output.stderr.text };
                if (exit.trap !== undefined)
                    return fail('trap', `trap: ${exit.trap}`);
                if (options.isTrap(observed))
                    return fail('trap', `trap (${describeEnd(exit)}), expected exit code ${op.exit_code}`);
                return fail('exit-code', `${describeEnd(exit)}, expected ${op.exit_code}`);
            }
            case 'kill':
                return running().kill((0,spec/* signalToSend */.U2)(op.signal));
            case 'connect': {
                const { text, timedOut } = await running().readLine('stdout', readMs);
                const line = text.trim();
                const parts = line.split(':');
                if (timedOut && line === '')
                    return fail('timeout', `no address on stdout in ${readMs / 1000} s`);
                if (parts.length !== 2 || !/^\d+$/.test(parts[1]))
                    return fail('connect', `expected the address as <host>:<port> on stdout, found ${JSON.stringify(line)}`);
                try {
                    connections.set(op.id, await Connection.open(parts[0], Number(parts[1]), readMs));
                }
                catch (error) {
                    fail('connect', `could not connect to ${line}: ${error instanceof Error ? error.message : String(error)}`);
                }
                return;
            }
            case 'send':
                try {
                    await connections.get(op.id).send(op.payload);
                }
                catch (error) {
                    fail('send', `could not send on ${op.id}: ${error instanceof Error ? error.message : String(error)}`);
                }
                return;
            case 'recv': {
                let got;
                try {
                    // The runner's recv(len(payload)): as many bytes as the payload has characters.
                    got = (await connections.get(op.id).recv([...op.payload].length, readMs)).toString('utf8');
                }
                catch (error) {
                    return fail('recv', `nothing from ${op.id}: ${error instanceof Error ? error.message : String(error)}`);
                }
                if (got !== op.payload)
                    fail('recv', describeDifference(op.id, got, op.payload));
                return;
            }
            case 'request': {
                if (httpServer === undefined) {
                    // The module says where it serves on the first line of stderr.
                    const { text } = await running().readLine('stderr', readMs);
                    const at = text.indexOf('http://');
                    if (at < 0)
                        return fail('request', `expected 'http://' in the first line of stderr, got ${JSON.stringify(text)}`);
                    httpServer = text.slice(at).trim().split(/\s+/)[0];
                }
                const problem = await checkRequest(httpServer, op, REQUEST_TIMEOUT_MS);
                if (problem)
                    fail('request', `${op.method} ${op.path}: ${problem}`);
                return;
            }
        }
    };
    try {
        for (const op of config.operations) {
            await perform(op);
            if (failure)
                break;
        }
    }
    finally {
        if (current?.running)
            exit = await current.finish();
        for (const connection of connections.values())
            connection.close();
        await servers?.close();
    }
    const output = current?.output() ?? { stdout: run_process/* EMPTY_CAPTURE */.Fl, stderr: run_process/* EMPTY_CAPTURE */.Fl };
    // A module that never started fails whichever operation came first (a read finds nothing): say why.
    const problem = failure && exit ? startProblem(exit, output.stderr.text) : undefined;
    if (problem)
        failure = { check: 'start', message: problem };
    return {
        ...(failure ? { failure } : {}),
        ...(exit ? { exit } : {}),
        ...output,
        durationMs: started.reduce((sum, run) => sum + run.durationMs, 0)
    };
}

;// CONCATENATED MODULE: ./src/run/suite-tests.ts
// The user's modules (wasi-testsuite tests) on one runtime: which of them it
// can run at all, each run on fresh copies of its directories and in a scratch
// working directory of its own, many at once within the shared pool; the
// verdict by the official runner's rules and the user's expectation files.









/** Why `test` cannot run on `runtime` at all, or undefined when it can. */
function unsupportedTestReason(test, runtime) {
    const support = runtime.support ?? PREVIEW1_COMMANDS;
    const { config } = test;
    const limits = runtime.limits ?? {};
    const version = wasiVersionProblem(test.wasiVersion, support, limits);
    if (version)
        return version;
    // A module that is not what its suite says (loadTests warned of it) needs what it is, too.
    const own = wasiVersionProblem((0,module_kind/* wasiVersionOf */.EY)(test.classification), support, limits);
    if (own)
        return own;
    if (!support.worlds.includes(config.world))
        return `needs the ${config.world} world`;
    const missing = config.proposals.filter((proposal) => !support.proposals.includes(proposal));
    if (missing.length > 0)
        return `needs the ${missing.join(' and ')} proposal${missing.length > 1 ? 's' : ''}`;
    const runs = config.operations.filter((op) => op.type === 'run');
    if (limits.args && runs.some((run) => run.args.length > 0))
        return limits.args;
    if (limits.env && (runs.some((run) => Object.keys(run.env).length > 0) || config.servers.length > 0))
        return limits.env;
    const preopens = runs.some((run) => run.root !== null) || config.dirs.length > 0;
    if (preopens && (limits.dirs || limits.mapDirs))
        return limits.dirs ?? limits.mapDirs;
    if (limits.stdin && config.operations.some((op) => op.type === 'write'))
        return limits.stdin;
    return undefined;
}
/** How long a read or a wait of a test may take on `runtime`. */
function testTimeoutMs(runtime, context) {
    return context.timeoutMs ?? (runtime.support?.timeoutSeconds ?? RUNNER_TIMEOUT_SECONDS) * 1000;
}
/**
 * The outcome of a test that does not run on `runtime` (unsupported there, or
 * skipped by an expectation file); undefined when it runs.
 */
function outcomeWithoutRun(test, runtime, context) {
    const unsupported = unsupportedTestReason(test, runtime);
    if (unsupported)
        return testNotRun(test, 'unsupported', unsupported);
    if (expectationOf(test, runtime.id, context).skip)
        return testNotRun(test, 'skip', 'skipped by an expectation file');
    return undefined;
}
function expectationOf(test, runtime, context) {
    return test.suite === undefined
        ? { skip: false, expectedFail: false }
        : (0,expectations.expectationFor)(context.expectations, runtime, test.suite, test.name);
}
/** The directories one test runs with: copies of its root and dirs, and an empty working directory. */
class TestDirs {
    test;
    scratch;
    cwd;
    copies;
    copyMs;
    runs = 0;
    constructor(test, scratch, cwd, copies, 
    /** How long the copies took: it counts against the test's time. */
    copyMs) {
        this.test = test;
        this.scratch = scratch;
        this.cwd = cwd;
        this.copies = copies;
        this.copyMs = copyMs;
    }
    /**
     * Copies every folder the test's runs preopen, before any of them starts;
     * throws CopyTimeout past `deadline` (a performance.now() time).
     */
    static async prepare(test, workDir, deadline = Infinity) {
        const started = performance.now();
        const scratch = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(workDir, 'test-'));
        try {
            const cwd = (0,external_node_path_.join)(scratch, 'cwd');
            (0,external_node_fs_.mkdirSync)(cwd);
            const folders = new Set([
                ...test.config.operations.flatMap((op) => (op.type === 'run' && op.root !== null ? [op.root] : [])),
                ...test.config.dirs
            ]);
            const copies = new Map();
            for (const folder of folders) {
                const copy = (0,external_node_path_.join)(scratch, `dir-${copies.size}`);
                await copyTree((0,external_node_path_.join)(test.dir, folder), copy, deadline);
                copies.set(folder, copy);
            }
            return new TestDirs(test, scratch, cwd, copies, performance.now() - started);
        }
        catch (error) {
            (0,external_node_fs_.rmSync)(scratch, { recursive: true, force: true });
            throw error;
        }
    }
    /** What `run` preopens: its root as `/`, and the `dirs` of older suites under their own names. */
    preopensFor(run) {
        this.runs += 1;
        // Before every run, the runner removes what earlier runs left as *.cleanup.
        if (this.runs > 1)
            for (const copy of this.copies.values())
                removeCleanupFiles(copy);
        return [
            ...(run.root !== null ? [{ guest: '/', host: this.copies.get(run.root) }] : []),
            ...this.test.config.dirs.map((dir) => ({ guest: dir, host: this.copies.get(dir) }))
        ];
    }
    remove() {
        (0,external_node_fs_.rmSync)(this.scratch, { recursive: true, force: true });
    }
}
/** What `run` asks of the runtime, as an invocation of `test`'s module. */
function invocationOf(test, run, env, dirs) {
    return {
        module: test.module,
        args: run.args,
        env: { ...run.env, ...env },
        dirs,
        wasiVersion: test.wasiVersion,
        world: test.config.world,
        proposals: test.config.proposals
    };
}
/** What a run of a test writes to, and so what is measured while it runs: its working directory and copies. */
function writesOf(invocation, cwd) {
    return { dirs: [cwd, ...invocation.dirs.map((dir) => dir.host)] };
}
/** Runs `test` through `launch` on fresh directories. */
async function runTest(test, launch, runtime, context) {
    const timeoutMs = testTimeoutMs(runtime, context);
    const dirs = await TestDirs.prepare(test, context.workDir, performance.now() + timeoutMs);
    try {
        return await runTestCase(test.config, async (run, env) => launch(invocationOf(test, run, env, dirs.preopensFor(run)), dirs.cwd), { timeoutMs, spentMs: dirs.copyMs, isTrap: runtime.isTrap });
    }
    finally {
        dirs.remove();
    }
}
/** The first error line of what the runtime or the module wrote (firstErrorWords), in its error stream first. */
function firstWords(run, errorStream = 'stderr') {
    return firstErrorWords({ stdout: run.stdout.text, stderr: run.stderr.text }, errorStream);
}
const WORDS_WANTED = new Set(['exit-code', 'trap', 'timeout', 'connect']);
function expectsExitCodeOf3OrMore(test) {
    return test.config.operations.some((op) => op.type === 'wait' && op.exit_code >= 3);
}
/** The verdict on a test that ran, with the runner's outcomes for expected failures. */
function verdictOf(run, test, runtime, context) {
    const { failure } = run;
    if (failure?.check === 'start')
        return { status: 'error', reason: failure.message, failedCheck: 'start' };
    // Where the module or the runtime gave up, its own words say why; a difference in
    // output or in what came back over the network is shown by the comparison itself.
    const said = failure && WORDS_WANTED.has(failure.check) ? firstWords(run, runtime.errorStream) : undefined;
    // A platform quirk that changes the verdict is named in it (the official runner would say `fail` too).
    const quirk = failure?.check === 'exit-code' && runtime.limits?.exitCodes && expectsExitCodeOf3OrMore(test)
        ? `; ${runtime.limits.exitCodes}`
        : '';
    const reason = failure
        ? `${failure.message}${said ? `; ${said.stream}: ${JSON.stringify(said.words)}` : ''}${quirk}`
        : undefined;
    const expectedFail = expectationOf(test, runtime.id, context).expectedFail;
    if (expectedFail && failure)
        return { status: 'xfail', reason: `${reason} (expected to fail)`, failedCheck: failure.check };
    if (expectedFail)
        return {
            status: 'xpass',
            reason: 'passed, but an expectation file says it fails: the expectation is out of date'
        };
    if (failure)
        return { status: 'fail', reason: reason, failedCheck: failure.check };
    return { status: 'pass' };
}
/** A test the harness could not run (its folder could not be copied, say): an error, and the others go on. */
function harnessError(test, error) {
    const message = typeof error === 'object' && error !== null && typeof error.message === 'string'
        ? error.message
        : String(error);
    // A system error names the path, which may be long: its start says enough.
    const clipped = message.length > 300 ? `${message.slice(0, 300)}…` : message;
    return testNotRun(test, 'error', `could not run the test: ${clipped}`);
}
/** Every test on a runtime driven through a process per run (a CLI, or node in its CLI mode). */
function runTestsThrough(tests, runtime, launch, context) {
    return Promise.all(tests.map((test) => outcomeWithoutRun(test, runtime, context) ??
        context.pool.run(async () => {
            try {
                const run = await runTest(test, launch, runtime, context);
                return testOutcome(test, verdictOf(run, test, runtime, context), run);
            }
            catch (error) {
                return harnessError(test, error);
            }
        })));
}

;// CONCATENATED MODULE: external "node:string_decoder"
const external_node_string_decoder_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");
;// CONCATENATED MODULE: ./src/run/test-process.ts


/**
 * A stream as Python's text mode reads a pipe, which is how the official
 * runner reads it: UTF-8, with universal newlines (`\r\n` and a lone `\r`
 * both read as `\n`).
 */
class TextStream {
    decoder = new external_node_string_decoder_namespaceObject.StringDecoder('utf8');
    text = '';
    cursor = 0;
    bytes = 0;
    pendingCR = false;
    ended = false;
    waiters = [];
    add(chunk) {
        this.bytes += chunk.length;
        this.append(this.decoder.write(chunk));
    }
    end() {
        if (this.ended)
            return;
        this.append(this.decoder.end());
        if (this.pendingCR)
            this.push('\n');
        this.pendingCR = false;
        this.ended = true;
        this.wake();
    }
    append(decoded) {
        if (decoded === '')
            return;
        let text = decoded;
        if (this.pendingCR) {
            this.pendingCR = false;
            text = `\r${text}`;
        }
        if (text.endsWith('\r')) {
            this.pendingCR = true;
            text = text.slice(0, -1);
        }
        this.push(text.replace(/\r\n?/g, '\n'));
    }
    /** Text past TEST_OUTPUT_LIMIT_BYTES characters is only counted: reads see the stream end there. */
    push(text) {
        const room = run_process/* TEST_OUTPUT_LIMIT_BYTES */.hP - this.text.length;
        if (room > 0)
            this.text += text.length > room ? text.slice(0, room) : text;
        this.wake();
    }
    wake() {
        const waiters = this.waiters;
        this.waiters = [];
        for (const wake of waiters)
            wake();
    }
    /** Resolves once `ready()` holds or the stream ended; false if `timeoutMs` passed first. */
    async until(ready, timeoutMs) {
        const deadline = performance.now() + timeoutMs;
        while (!ready() && !this.ended) {
            const left = deadline - performance.now();
            if (left <= 0)
                return false;
            await new Promise((resolve) => {
                const timer = setTimeout(resolve, left);
                this.waiters.push(() => {
                    clearTimeout(timer);
                    resolve();
                });
            });
        }
        return true;
    }
    async read(chars, timeoutMs) {
        const inTime = await this.until(() => this.text.length - this.cursor >= chars, timeoutMs);
        const text = this.text.slice(this.cursor, this.cursor + chars);
        this.cursor += text.length;
        return { text, timedOut: !inTime };
    }
    async readLine(timeoutMs) {
        const inTime = await this.until(() => this.text.indexOf('\n', this.cursor) >= 0, timeoutMs);
        const newline = this.text.indexOf('\n', this.cursor);
        const end = newline >= 0 ? newline + 1 : this.text.length;
        const line = this.text.slice(this.cursor, end);
        this.cursor = end;
        return { text: line.replace(/\n$/, ''), timedOut: !inTime };
    }
    captured() {
        return { text: this.text, bytes: this.bytes };
    }
}
/** A process spawned for a test: stdin, stdout and stderr are pipes, as the official runner has them. */
class LiveProcess {
    child;
    started = performance.now();
    streams = { stdout: new TextStream(), stderr: new TextStream() };
    closed;
    timedOut = false;
    waited = false;
    ended;
    constructor(request) {
        const { child, ended } = (0,run_process/* startChild */.v0)(request, 'pipe', 'pipe');
        this.child = child;
        // A module that exits without reading its stdin makes writes fail with EPIPE: that is its business.
        child?.stdin?.on('error', () => { });
        child?.stdout?.on('data', (chunk) => this.streams.stdout.add(chunk));
        child?.stderr?.on('data', (chunk) => this.streams.stderr.add(chunk));
        this.closed = ended.then(({ exitCode, signal, spawnError }) => {
            this.ended = performance.now();
            this.streams.stdout.end();
            this.streams.stderr.end();
            return { exitCode, signal, timedOut: this.timedOut, ...(spawnError ? { spawnError } : {}) };
        });
    }
    get running() {
        return !this.waited;
    }
    get durationMs() {
        return Math.round((this.ended ?? performance.now()) - this.started);
    }
    write(payload) {
        return new Promise((resolve) => {
            const stdin = this.child?.stdin;
            if (!stdin || stdin.destroyed || !stdin.writable)
                return resolve();
            stdin.write(payload, 'utf8', () => resolve());
        });
    }
    read(stream, chars, timeoutMs) {
        return this.streams[stream].read(chars, timeoutMs);
    }
    readLine(stream, timeoutMs) {
        return this.streams[stream].readLine(timeoutMs);
    }
    async wait(timeoutMs) {
        this.waited = true;
        this.child?.stdin?.end();
        const timer = setTimeout(() => {
            this.timedOut = true;
            if (this.child)
                (0,run_process/* killTree */.TP)(this.child);
        }, timeoutMs);
        try {
            return await this.closed;
        }
        finally {
            clearTimeout(timer);
        }
    }
    kill(signal) {
        try {
            this.child?.kill(signal);
        }
        catch {
            // Already gone.
        }
    }
    async finish() {
        if (!this.waited) {
            this.waited = true;
            if (this.child)
                (0,run_process/* killTree */.TP)(this.child);
        }
        return this.closed;
    }
    output() {
        return { stdout: this.streams.stdout.captured(), stderr: this.streams.stderr.captured() };
    }
}
/** A finished run replayed as if it were live: reads see what it wrote, wait sees how it ended. */
class RecordedProcess {
    recording;
    streams = { stdout: new TextStream(), stderr: new TextStream() };
    waited = false;
    constructor(recording) {
        this.recording = recording;
        for (const stream of ['stdout', 'stderr']) {
            this.streams[stream].add(Buffer.from(recording[stream].text, 'utf8'));
            this.streams[stream].end();
        }
    }
    get running() {
        return !this.waited;
    }
    get durationMs() {
        return this.recording.durationMs;
    }
    async write() {
        throw new Error('a recorded run takes no input');
    }
    /** The run has ended: a read gets what it wrote (a run that timed out is not replayed, but run live). */
    read(stream, chars) {
        return this.streams[stream].read(chars, 0);
    }
    readLine(stream) {
        return this.streams[stream].readLine(0);
    }
    async wait() {
        this.waited = true;
        const { exitCode, signal, timedOut, spawnError, trap } = this.recording;
        return {
            exitCode,
            signal,
            timedOut,
            ...(spawnError ? { spawnError } : {}),
            ...(trap !== undefined ? { trap } : {})
        };
    }
    kill() {
        throw new Error('a recorded run cannot be signalled');
    }
    finish() {
        return this.wait();
    }
    output() {
        // The batch counted the bytes as the module wrote them.
        const { stdout, stderr } = this.recording;
        return {
            stdout: { text: this.streams.stdout.captured().text, bytes: stdout.bytes },
            stderr: { text: this.streams.stderr.captured().text, bytes: stderr.bytes }
        };
    }
}

;// CONCATENATED MODULE: ./src/run/native-runtime.ts
// Executes the modules themselves, as `./module.wasm`, and lets the kernel
// find the handler. Only a visible binfmt_misc entry for .wasm makes that
// worth trying: without one, Node's spawn falls back to /bin/sh.











/** Where modules may be executed from: a temp dir may be mounted noexec. */
function defaultCandidateDirs(env = process.env) {
    const dirs = [env.RUNNER_TEMP, (0,external_node_os_.tmpdir)(), '/dev/shm', process.cwd(), (0,external_node_os_.homedir)()];
    return [...new Set(dirs.filter((dir) => Boolean(dir)))];
}
function unsupported(reason, entries = []) {
    return {
        native: {
            status: 'unsupported',
            handler: null,
            flags: null,
            entries: entries.map(toHandler),
            dir: null,
            reason
        },
        runtime: runtimeOutcome(native_native, { status: 'unsupported', reason, source: 'kernel' })
    };
}
function toHandler(entry) {
    return { name: entry.name, interpreter: entry.interpreter, flags: entry.flags };
}
async function runNative(probes, context) {
    if (process.platform === 'darwin')
        return unsupported('macOS has no binfmt_misc: a .wasm file cannot be executed directly');
    if (process.platform === 'win32') {
        const association = windowsAssociation();
        return unsupported(association
            ? `Windows runs a .wasm file only through the shell's file association: ${association}`
            : 'Windows has no file association for .wasm (assoc .wasm), and no binfmt_misc');
    }
    if (process.platform !== 'linux')
        return unsupported(`${process.platform} has no binfmt_misc`);
    const scan = scanBinfmt(context.binfmtDir);
    if (scan.state === 'not-mounted') {
        return unsupported('binfmt_misc is not mounted at /proc/sys/fs/binfmt_misc: no handler for .wasm can be seen');
    }
    if (scan.state === 'disabled')
        return unsupported('binfmt_misc is disabled (its status file says so)');
    const entries = scan.entries.filter(handlesWasm);
    if (entries.length === 0) {
        return unsupported('no enabled binfmt_misc entry for the \\0asm magic or the .wasm extension');
    }
    const handler = entries[0];
    const started = performance.now();
    const { dir, outcomes, tried } = await executeModules(probes, context);
    if (dir === null) {
        return unsupported(`a .wasm handler is registered, but no directory allows execution (tried ${tried.join(', ')})`, entries);
    }
    const { status, reason } = runtimeStatus(outcomes);
    const dirNote = tried.length > 1
        ? ` (executed from ${dir}; ${tried.slice(0, -1).join(', ')} refused execution: noexec)`
        : '';
    // The kernel tries the most recently registered entry first; procfs does not say which that is.
    const several = entries.length > 1
        ? ` (${entries.length} entries handle .wasm: ${entries.map((e) => e.name).join(', ')}; the most recently registered one is used)`
        : '';
    const fullReason = [reason, dirNote.trim(), several.trim()].filter(Boolean).join(' ') || undefined;
    return {
        native: {
            status,
            handler: handler.interpreter,
            flags: handler.flags,
            entries: entries.map(toHandler),
            dir,
            ...(fullReason ? { reason: fullReason } : {})
        },
        runtime: runtimeOutcome(native_native, {
            status,
            ...(fullReason ? { reason: fullReason } : {}),
            version: null,
            path: handler.interpreter,
            source: 'kernel',
            probes: outcomes,
            durationMs: Math.round(performance.now() - started)
        })
    };
}
/**
 * Writes each module with mode 0755 and executes it. When a directory refuses
 * execution (EACCES: mounted noexec), the next candidate is tried.
 */
async function executeModules(probes, context) {
    const tried = [];
    for (const candidate of context.candidateDirs ?? defaultCandidateDirs(context.env)) {
        let dir;
        try {
            dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(candidate, 'wasi-probe-native-'));
        }
        catch {
            continue;
        }
        tried.push(candidate);
        try {
            const outcomes = [];
            for (const probe of probes) {
                const why = unsupportedReason(probe, native_native.limits);
                if (why) {
                    outcomes.push(probeNotRun(probe, 'unsupported', why));
                    continue;
                }
                const observation = await executeModule(dir, probe, context);
                if (observation.spawnError === 'EACCES' && outcomes.length === 0)
                    break;
                outcomes.push(probeOutcome(probe, classify(probe.expect, observation, looksLikeTrap, context.timeoutMs), observation));
            }
            if (outcomes.length === 0)
                continue;
            if (context.tests)
                outcomes.push(...(await runTestsNatively(dir, context.tests.list, context.tests.context)));
            return { dir: candidate, outcomes, tried };
        }
        finally {
            (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
        }
    }
    return { dir: null, outcomes: [], tried };
}
async function executeModule(dir, probe, context) {
    const path = (0,external_node_path_.join)(dir, `${probe.id.replace(/[^\w.-]/g, '_')}.wasm`);
    (0,external_node_fs_.writeFileSync)(path, probeBytes(probe));
    (0,external_node_fs_.chmodSync)(path, 0o755);
    return (0,run_process/* runProcess */.R3)({
        command: path,
        args: probe.args,
        timeoutMs: context.timeoutMs,
        env: context.env,
        cwd: dir,
        stdin: probe.stdin,
        writes: { dirs: [dir] }
    });
}
/** The user's modules, each copied into `dir` with mode 0755 and executed there. */
function runTestsNatively(dir, tests, context) {
    const runtime = {
        id: native_native.id,
        limits: native_native.limits,
        isTrap: looksLikeTrap
    };
    let copies = 0;
    return runTestsThrough(tests, runtime, (invocation, cwd) => {
        copies += 1;
        const path = (0,external_node_path_.join)(dir, `test-${copies}.wasm`);
        (0,external_node_fs_.copyFileSync)(invocation.module, path);
        (0,external_node_fs_.chmodSync)(path, 0o755);
        return new LiveProcess({
            command: path,
            args: invocation.args,
            env: context.env,
            cwd,
            writes: writesOf(invocation, cwd)
        });
    }, context);
}

;// CONCATENATED MODULE: ./src/runtimes/library-path.ts
// A runtime that ships shared libraries beside its binary (WasmEdge's lib/)
// runs only with their folder on the loader's path.

/** Where the loader looks for shared libraries (Windows: next to PATH's executables). */
const LIBRARY_PATH_VARIABLE = process.platform === 'darwin'
    ? 'DYLD_LIBRARY_PATH'
    : process.platform === 'win32'
        ? 'PATH'
        : 'LD_LIBRARY_PATH';
/** The loader's library path, with `libDir` first (WasmEdge's shared library). */
function withLibraryPath(env, libDir) {
    if (!libDir)
        return env;
    const name = LIBRARY_PATH_VARIABLE;
    return { ...env, [name]: [libDir, env[name]].filter(Boolean).join(external_node_path_.delimiter) };
}

;// CONCATENATED MODULE: ./src/run/probe-dir.ts
// The directories of one probe run, made fresh for it: an empty working
// directory (a runtime that preopens its own, as wasm3 does, writes there and
// not into the user's checkout), and the directory the probe preopens, holding
// the files the probe needs, checked afterwards for the files it must leave.


/** Fresh directories for the probe's run. */
function prepareProbeDir(probe, workDir) {
    const scratch = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(workDir, 'probe-'));
    const cwd = (0,external_node_path_.join)(scratch, 'cwd');
    (0,external_node_fs_.mkdirSync)(cwd);
    if (!probe.dir)
        return { scratch, cwd, preopens: [] };
    const root = (0,external_node_path_.join)(scratch, 'dir');
    (0,external_node_fs_.mkdirSync)(root);
    for (const [path, content] of Object.entries(probe.dir.files)) {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)((0,external_node_path_.join)(root, path)), { recursive: true });
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(root, path), content);
    }
    return { scratch, cwd, root, preopens: [{ guest: probe.dir.guest, host: root }] };
}
/** A passing verdict stays one only if the directory holds what the probe must leave there. */
function checkProbeDir(probe, dirs, verdict) {
    if (verdict.status !== 'pass' || !dirs.root || !probe.expect.files)
        return verdict;
    const dir = dirs.root;
    for (const [path, expected] of Object.entries(probe.expect.files)) {
        let found;
        try {
            found = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, path), 'utf8');
        }
        catch {
            return { status: 'fail', reason: `the run left no file ${path}` };
        }
        if (found !== expected) {
            return {
                status: 'fail',
                reason: `file ${path} holds ${JSON.stringify(found.slice(0, 120))}, expected ${JSON.stringify(expected)}`
            };
        }
    }
    return verdict;
}
function removeProbeDir(dirs) {
    (0,external_node_fs_.rmSync)(dirs.scratch, { recursive: true, force: true });
}

;// CONCATENATED MODULE: ./src/run/cli-runtime.ts
// A runtime with a command-line interface: one process per module.









/** What the runtime prints for `args` (stdout, then stderr), run in a working directory of its own. */
async function askRuntime(located, args, context) {
    // Its own working directory, as every run has: never the user's checkout.
    const cwd = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(context.workDir, 'ask-'));
    const observation = await (0,run_process/* runProcess */.R3)({
        command: located.path,
        args,
        timeoutMs: context.timeoutMs,
        env: context.env,
        cwd
    });
    (0,external_node_fs_.rmSync)(cwd, { recursive: true, force: true });
    return `${observation.stdout.text}\n${observation.stderr.text}`;
}
/** Asks the runtime for its version; null when it cannot tell. */
async function queryVersion(spec, located, context) {
    return spec.parseVersion(await askRuntime(located, spec.versionArgs, context)) ?? null;
}
/** Its version, and its help where the adapter decides from it: read before anything runs. */
async function readFacts(spec, located, context) {
    const [version, help] = await Promise.all([
        queryVersion(spec, located, context),
        spec.helpArgs ? askRuntime(located, spec.helpArgs, context) : undefined
    ]);
    return { version, os: THIS_OS, ...(help !== undefined ? { help } : {}) };
}
/** The facts with the path of the runtime's helper file, written once into the work folder. */
function withHelper(spec, facts, workDir) {
    if (!spec.helper)
        return facts;
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(workDir, `${spec.id}-helper-`));
    const helper = (0,external_node_path_.join)(dir, spec.helper.file);
    (0,external_node_fs_.writeFileSync)(helper, spec.helper.source);
    return { ...facts, helper };
}
async function runCliRuntime(spec, located, probes, context) {
    const started = performance.now();
    // What it is decides how it is run: its version first, then the modules.
    const read = await readFacts(spec, located, context);
    context.facts?.set(spec.id, read);
    const facts = withHelper(spec, read, context.workDir);
    const { limits, tests } = atFacts(spec, facts);
    const runtime = {
        id: spec.id,
        support: tests,
        limits,
        isTrap: spec.isTrap,
        errorStream: spec.errorStream
    };
    const env = context.env ?? process.env;
    // A binary that cannot start fails every module with the reason.
    const [outcomes, testOutcomes] = await Promise.all([
        runProbes(spec, located, probes, context, facts, { limits, tests }),
        context.tests
            ? runTestsThrough(context.tests.list, runtime, (invocation, cwd) => new LiveProcess({
                command: located.path,
                args: spec.argv(invocation, facts),
                env: { ...env, ...spec.runEnv?.(invocation, cwd) },
                cwd,
                writes: writesOf(invocation, cwd)
            }), context.tests.context)
            : []
    ]);
    return ranOutcome(spec, located, facts.version, [...outcomes, ...testOutcomes], started);
}
/** The observation with the runtime's own log lines taken out of stdout, for judging; the result keeps all of it. */
function withoutOwnLines(observation, own) {
    if (!own)
        return observation;
    return { ...observation, stdout: { ...observation.stdout, text: observation.stdout.text.replace(own, '') } };
}
/** Each module in a process of its own, one after the other. */
async function runProbes(spec, located, probes, context, facts, { limits, tests }) {
    const outcomes = [];
    for (const probe of probes) {
        const unsupported = unsupportedReason(probe, limits, tests);
        if (unsupported) {
            outcomes.push(probeNotRun(probe, 'unsupported', unsupported));
            continue;
        }
        const dir = prepareProbeDir(probe, context.workDir);
        try {
            const invocation = {
                module: context.modulePaths.get(probe.module),
                args: probe.args,
                env: probe.env,
                dirs: dir.preopens
            };
            const observation = await (0,run_process/* runProcess */.R3)({
                command: located.path,
                args: spec.argv(invocation, facts),
                timeoutMs: context.timeoutMs,
                env: { ...(context.env ?? process.env), ...spec.runEnv?.(invocation, dir.cwd) },
                cwd: dir.cwd,
                stdin: probe.stdin,
                writes: { dirs: [dir.scratch] }
            });
            const verdict = checkProbeDir(probe, dir, classify(probe.expect, withoutOwnLines(observation, spec.ownStdoutLines), spec.isTrap, context.timeoutMs));
            outcomes.push(probeOutcome(probe, verdict, observation));
        }
        finally {
            removeProbeDir(dir);
        }
    }
    return outcomes;
}

// EXTERNAL MODULE: ./src/provision/node-packages.ts
var node_packages = __nccwpck_require__(9385);
;// CONCATENATED MODULE: ./src/run/node-batch.ts
// Runs several modules through node:wasi in one child `node`, keeping every
// module's verdict its own: a module that hangs or kills the child costs only
// its own verdict, and the modules after it run again in a fresh child.





/**
 * The runner needs nothing from the environment that node reads at start-up:
 * NODE_OPTIONS could preload code into it, and NODE_EXTRA_CA_CERTS alone costs
 * tens of milliseconds of start-up for certificates it never uses.
 */
function nodeChildEnv(env) {
    const copy = { ...env };
    delete copy.NODE_OPTIONS;
    delete copy.NODE_EXTRA_CA_CERTS;
    return copy;
}
/** Writes the runner program into `workDir` and returns its path. */
function writeNodeRunner(workDir) {
    const path = (0,external_node_path_.join)(workDir, 'node-wasi-runner.cjs');
    (0,external_node_fs_.writeFileSync)(path, NODE_WASI_RUNNER_SOURCE);
    return path;
}
/**
 * Runs `jobs` with the `node` at `nodePath`; each job gets `timeoutMs`, and
 * keeps the first `captureBytes` of its stdout and stderr. Resolves with one
 * observation per job id, never rejects. The jobs go to the program as they
 * are: node's runner by default.
 *
 * The jobs without stdin share the child's, which is closed at once. A job
 * given stdin runs in a child of its own, alongside, whose stdin is a pipe
 * written with that text and closed: the module reads its host's fd 0, as it
 * does on every other runtime, and no other job can read what it was given.
 */
async function runNodeBatch(nodePath, jobs, timeoutMs, workDir, captureBytes = run_process/* CAPTURE_LIMIT_BYTES */.vf, program) {
    const results = new Map();
    // A folder of its own: several batches may run at once in one work directory.
    const batchDir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(workDir, 'node-batch-'));
    const runner = program ?? { path: writeNodeRunner(batchDir), args: [] };
    const run = async (group, name, stdin) => {
        let remaining = group;
        let round = 0;
        while (remaining.length > 0) {
            round += 1;
            const jobsFile = (0,external_node_path_.join)(batchDir, `${name}-${round}.json`);
            const child = { timeoutMs, workDir: batchDir, jobsFile, stdin, captureBytes };
            await runOneChild(nodePath, runner, remaining, child, results);
            const before = remaining.length;
            remaining = remaining.filter((job) => !results.has(job.id));
            // runOneChild settles at least one job per round; this guards the loop anyway.
            if (remaining.length === before)
                break;
        }
    };
    const given = jobs.filter((job) => job.stdin !== undefined);
    await Promise.all([
        run(jobs.filter((job) => job.stdin === undefined), 'node-jobs', ''),
        ...given.map((job, i) => run([job], `node-jobs-stdin-${i}`, job.stdin))
    ]);
    return results;
}
/**
 * Splits a stream of the child at the runner's markers (`\0<nonce> text\0`):
 * the bytes before a marker belong to whichever module was current then. A
 * module cannot forge a marker: it does not know the nonce.
 */
class MarkedStream {
    prefix;
    onData;
    onMark;
    pending = Buffer.alloc(0);
    constructor(prefix, onData, onMark) {
        this.prefix = prefix;
        this.onData = onData;
        this.onMark = onMark;
    }
    add(chunk) {
        this.pending = Buffer.concat([this.pending, chunk]);
        for (;;) {
            const at = this.pending.indexOf(this.prefix);
            if (at < 0) {
                // The tail may be the first bytes of a marker: keep it until more comes.
                const keep = Math.min(this.pending.length, this.prefix.length - 1);
                this.flush(this.pending.length - keep);
                return;
            }
            this.flush(at);
            const end = this.pending.indexOf(0, this.prefix.length);
            if (end < 0)
                return;
            this.onMark(this.pending.subarray(this.prefix.length, end).toString('utf8'));
            this.pending = this.pending.subarray(end + 1);
        }
    }
    end() {
        this.flush(this.pending.length);
    }
    flush(bytes) {
        if (bytes > 0)
            this.onData(this.pending.subarray(0, bytes));
        this.pending = this.pending.subarray(bytes);
    }
}
function runOneChild(nodePath, runner, jobs, { timeoutMs, workDir, jobsFile, stdin: input, captureBytes }, results) {
    const nonce = (0,external_node_crypto_.randomBytes)(8).toString('hex');
    // The runner reads no stdin from the jobs: the child's own is the module's (JSON leaves undefined out).
    (0,external_node_fs_.writeFileSync)(jobsFile, JSON.stringify({ nonce, jobs: jobs.map((job) => ({ ...job, stdin: undefined })) }));
    return new Promise((resolve) => {
        // stdin, stdout and stderr are pipes, as every other runtime's are: a
        // module that polls them sees what it would see anywhere else.
        const { child, ended: childEnded } = (0,run_process/* startChild */.v0)({
            command: nodePath,
            args: ['--no-warnings', runner.path, ...runner.args, 'batch', jobsFile],
            env: nodeChildEnv(process.env),
            // Its own folder, not the caller's: nothing a module does lands in the user's checkout.
            cwd: workDir,
            writes: { dirs: [workDir, ...jobs.flatMap((job) => Object.values(job.preopens))] }
        }, 'pipe', 'pipe');
        child?.stdin?.on('error', () => { });
        child?.stdin?.end(input, 'utf8');
        const stdoutOf = jobs.map(() => new run_process/* BoundedCapture */.cz(captureBytes));
        const stderrOf = jobs.map(() => new run_process/* BoundedCapture */.cz(captureBytes));
        const childStderr = new run_process/* BoundedCapture */.cz();
        const ended = new Map();
        let current;
        let stderrIndex = 0;
        let timedOut = false;
        let spawnError;
        let timer;
        const armTimer = () => {
            clearTimeout(timer);
            timer = setTimeout(() => {
                timedOut = true;
                if (child)
                    (0,run_process/* killTree */.TP)(child);
            }, timeoutMs);
        };
        armTimer();
        const prefix = Buffer.from(`\0${nonce} `, 'utf8');
        const stdout = new MarkedStream(prefix, (chunk) => {
            if (current)
                stdoutOf[current.index].add(chunk);
        }, (mark) => {
            const [event, index, ...rest] = mark.split(' ');
            if (event === 'start')
                current = { index: Number(index), started: performance.now() };
            if (event === 'end') {
                ended.set(Number(index), JSON.parse(rest.join(' ')));
                current = undefined;
            }
            armTimer();
        });
        const stderr = new MarkedStream(prefix, (chunk) => (stderrIndex < jobs.length ? stderrOf[stderrIndex] : childStderr).add(chunk), (mark) => {
            const [event, index] = mark.split(' ');
            if (event === 'end')
                stderrIndex = Number(index) + 1;
        });
        child?.stdout?.on('data', (chunk) => stdout.add(chunk));
        child?.stderr?.on('data', (chunk) => stderr.add(chunk));
        void childEnded.then((end) => {
            spawnError = end.spawnError;
            finish(end.exitCode, end.signal);
        });
        // The child is gone. Every module that ended has its result; the module it
        // was running when it went (or, if it never got to one, the first one)
        // takes the blame; the rest run again.
        function finish(exitCode, signal) {
            clearTimeout(timer);
            stdout.end();
            stderr.end();
            jobs.forEach((job, index) => {
                const end = ended.get(index);
                if (!end)
                    return;
                results.set(job.id, {
                    exitCode: end.exitCode,
                    signal: null,
                    stdout: stdoutOf[index].result(),
                    stderr: stderrOf[index].result(),
                    durationMs: end.durationMs,
                    timedOut: false,
                    ...(end.trap !== undefined ? { trap: end.trap } : {})
                });
            });
            const pending = jobs.map((job, index) => ({ job, index })).filter(({ job }) => !results.has(job.id));
            if (pending.length > 0) {
                const blamed = current ?? { index: pending[0].index, started: performance.now() };
                const ownStderr = stderrOf[blamed.index].result();
                results.set(jobs[blamed.index].id, {
                    exitCode,
                    signal,
                    stdout: stdoutOf[blamed.index].result(),
                    stderr: ownStderr.bytes > 0 ? ownStderr : childStderr.result(),
                    durationMs: Math.round(performance.now() - blamed.started),
                    timedOut,
                    ...(spawnError ? { spawnError } : {})
                });
                // Nothing can start (or the job is cancelled): every module shares the error. One that wrote
                // too much takes the blame alone, and the rest run again.
                if (spawnError && spawnError !== run_process/* WROTE_TOO_MUCH */.Dj) {
                    for (const { job } of pending)
                        results.set(job.id, { ...results.get(jobs[blamed.index].id), durationMs: 0 });
                }
            }
            resolve();
        }
    });
}

;// CONCATENATED MODULE: ./src/run/node-runtime.ts
// Node's node:wasi: every module in one child process (see node-batch.ts).












/**
 * A few modules share one child; many are spread over as many children as
 * there are cores (each still one module at a time, a fresh WASI instance each).
 */
function splitIntoBatches(jobs, children) {
    const batches = Array.from({ length: children }, () => []);
    jobs.forEach((job, i) => batches[i % children].push(job));
    return batches.filter((batch) => batch.length > 0);
}
/** Below this many modules per child, another child costs more than it saves. */
const MODULES_PER_CHILD = 4;
/** How many node children run `count` probe modules: one per MODULES_PER_CHILD, at most one per core. */
function probeChildren(count) {
    return Math.max(1, Math.min((0,external_node_os_.availableParallelism)(), Math.ceil(count / MODULES_PER_CHILD)));
}
async function runNodeRuntime(spec, located, probes, context) {
    const started = performance.now();
    const runnable = probes.filter((probe) => !unsupportedReason(probe, spec.limits));
    const dirs = new Map(runnable.map((probe) => [probe.id, prepareProbeDir(probe, context.workDir)]));
    const jobs = runnable.map((probe) => {
        const dir = dirs.get(probe.id);
        return {
            id: probe.id,
            module: context.modulePaths.get(probe.module),
            args: probe.args,
            env: probe.env,
            preopens: Object.fromEntries(dir.preopens.map(({ guest, host }) => [guest, host])),
            ...(probe.stdin !== undefined ? { stdin: probe.stdin } : {})
        };
    });
    const children = probeChildren(jobs.length);
    // The version query, the batches and the tests all at once: node's start-up is the cost worth saving here.
    const testsDone = context.tests
        ? runNodeTests(spec, located, context.tests.list, context.tests.context)
        : [];
    const [version, ...batches] = await Promise.all([
        queryVersion(spec, located, context),
        ...splitIntoBatches(jobs, children).map((batch) => runNodeBatch(located.path, batch, context.timeoutMs, context.workDir))
    ]);
    const observations = new Map(batches.flatMap((batch) => [...batch]));
    const outcomes = probes.map((probe) => {
        const unsupported = unsupportedReason(probe, spec.limits);
        if (unsupported)
            return probeNotRun(probe, 'unsupported', unsupported);
        const observation = observations.get(probe.id);
        const dir = dirs.get(probe.id);
        const verdict = checkProbeDir(probe, dir, classify(probe.expect, observation, looksLikeTrap, context.timeoutMs));
        removeProbeDir(dir);
        return probeOutcome(probe, verdict, observation);
    });
    return ranOutcome(spec, located, version, [...outcomes, ...(await testsDone)], started);
}
/** A batch child of node runs at most this many tests, so that the shared pool stays balanced. */
const TESTS_PER_CHILD = 16;
/**
 * Tests that start their module once, read its output and wait for it run in
 * batches, as the probes do, and are judged on what the batch recorded. Tests
 * that talk to the module while it runs get a node of their own each.
 */
function isReplayable(test) {
    const { operations, servers } = test.config;
    return (servers.length === 0 &&
        operations.filter((op) => op.type === 'run').length === 1 &&
        operations.every((op) => op.type === 'run' || op.type === 'read' || op.type === 'wait'));
}
async function runNodeTests(spec, located, tests, context) {
    const runtime = { id: spec.id, limits: spec.limits, isTrap: looksLikeTrap };
    let runner;
    return runTestsInBatches(tests, runtime, context, {
        nodePath: located.path,
        liveArgs: (invocation) => nodeRunArgv((runner ??= writeNodeRunner(context.workDir)), invocation),
        runBatch: (jobs, timeoutMs, captureBytes) => runNodeBatch(located.path, jobs, timeoutMs, context.workDir, captureBytes)
    });
}
/**
 * The user's tests through child `node` processes: the replayable ones in
 * batches, the rest live, each judged as the official runner judges it.
 */
async function runTestsInBatches(tests, runtime, context, children) {
    const outcomes = new Map();
    const batched = [];
    const live = [];
    for (const test of tests) {
        const outcome = outcomeWithoutRun(test, runtime, context);
        if (outcome)
            outcomes.set(test.id, outcome);
        else
            (isReplayable(test) ? batched : live).push(test);
    }
    const record = (list) => list.forEach((outcome) => outcomes.set(outcome.id, outcome));
    const env = nodeChildEnv(context.env);
    const runLive = (list) => runTestsThrough(list, runtime, (invocation, cwd) => new LiveProcess({
        command: children.nodePath,
        args: children.liveArgs(invocation),
        env,
        cwd,
        writes: writesOf(invocation, cwd)
    }), context);
    const batchCount = Math.max(context.pool.size, Math.ceil(batched.length / TESTS_PER_CHILD));
    await Promise.all([
        runLive(live).then(record),
        ...splitIntoBatches(batched, batchCount).map(async (batch) => {
            const { outcomes: judged, timedOut } = await context.pool.run(() => runTestBatch(children, batch, runtime, context));
            record(judged);
            // A batch times a module from its start; the runner times only the wait, after the reads.
            // So a module that ran out of time in a batch is judged live, as the runner would judge it.
            if (timedOut.length > 0)
                record(await runLive(timedOut));
        })
    ]);
    return tests.map((test) => outcomes.get(test.id));
}
/** Runs `tests` in one node batch: the outcomes judged, and the tests that ran out of time. */
async function runTestBatch(children, tests, runtime, context) {
    const outcomes = new Map();
    const timedOut = [];
    const prepared = [];
    const timeoutMs = testTimeoutMs(runtime, context);
    try {
        for (const test of tests) {
            let dirs;
            try {
                dirs = await TestDirs.prepare(test, context.workDir, performance.now() + timeoutMs);
                const run = test.config.operations.find((op) => op.type === 'run');
                if (run?.type !== 'run')
                    throw new Error('a replayable test starts with run');
                const preopens = dirs.preopensFor(run).map(({ guest, host }) => [guest, host]);
                prepared.push({
                    test,
                    dirs,
                    job: {
                        id: test.id,
                        module: test.module,
                        args: run.args,
                        env: run.env,
                        preopens: Object.fromEntries(preopens)
                    }
                });
            }
            catch (error) {
                dirs?.remove();
                outcomes.set(test.id, harnessError(test, error));
            }
        }
        const jobs = prepared.map(({ job }) => job);
        const recordings = await children.runBatch(jobs, timeoutMs, run_process/* TEST_OUTPUT_LIMIT_BYTES */.hP);
        for (const { test, dirs } of prepared) {
            const recording = recordings.get(test.id);
            // The copies' time counts against the test's: live, where it is counted, decides a run that close.
            if (recording.timedOut || dirs.copyMs + recording.durationMs > timeoutMs) {
                timedOut.push(test);
                continue;
            }
            const recorded = new RecordedProcess(recording);
            const run = await runTestCase(test.config, async () => recorded, { timeoutMs, isTrap: runtime.isTrap });
            outcomes.set(test.id, testOutcome(test, verdictOf(run, test, runtime, context), run));
        }
    }
    finally {
        for (const { dirs } of prepared)
            dirs.remove();
    }
    return {
        outcomes: tests.filter((test) => outcomes.has(test.id)).map((test) => outcomes.get(test.id)),
        timedOut
    };
}

;// CONCATENATED MODULE: ./src/run/jco-runtime.ts
// jco: each component transpiled once, then run in batches of child `node`
// processes (the Node running wasi-probe), as node's modules are.














/** jco turns a component into JavaScript first: each may take this long, on top of its run. */
const TRANSPILE_MS_PER_COMPONENT = 30_000;
/** The Node that runs jco, what it can do, and where the shims are. */
function jcoHost(packageDir) {
    // preview3-shim is a dependency of jco's transpiler (@bytecodealliance/jco-transpile), not of jco itself.
    const transpiler = (0,node_packages/* findPackageFrom */.Q8)(packageDir, '@bytecodealliance/jco-transpile');
    const preview3Shim = (0,node_packages/* findPackageFrom */.Q8)(packageDir, '@bytecodealliance/preview3-shim') ??
        (transpiler && (0,node_packages/* findPackageFrom */.Q8)(transpiler, '@bytecodealliance/preview3-shim'));
    return {
        node: { version: process.version, path: process.execPath },
        jspi: typeof WebAssembly.Suspending === 'function',
        preview3Shim
    };
}
/**
 * Transpiles components for one run, each once: the output is kept under the
 * work folder by the sha256 of the component, jco's version and the mode, so
 * probes and tests that run the same component share it.
 */
class Transpiler {
    version;
    runner;
    env;
    done = new Map();
    dir;
    constructor(workDir, version, runner, env) {
        this.version = version;
        this.runner = runner;
        this.env = env;
        this.dir = (0,external_node_path_.join)(workDir, 'jco-transpiled');
        (0,external_node_fs_.mkdirSync)(this.dir, { recursive: true });
    }
    /** Each component (path → its WASI version) as transpiled, by path. */
    async all(components) {
        const wanted = [...components].map(([path, version]) => {
            const mode = jcoMode(version);
            const key = (0,external_node_crypto_.createHash)('sha256')
                .update((0,external_node_fs_.readFileSync)(path))
                .update(`\0${this.version}\0${mode}`)
                .digest('hex');
            return { path, mode, key };
        });
        const fresh = wanted.filter(({ key }, i) => !this.done.has(key) && wanted.findIndex((w) => w.key === key) === i);
        const children = Math.min((0,external_node_os_.availableParallelism)(), Math.ceil(fresh.length / 4));
        for (const batch of splitIntoBatches(fresh, Math.max(1, children))) {
            const running = this.transpile(batch);
            batch.forEach(({ key }, i) => this.done.set(key, running.then((results) => results[i])));
        }
        return new Map(await Promise.all(wanted.map(async ({ path, key }) => [path, await this.done.get(key)])));
    }
    async transpile(jobs) {
        const outDirs = jobs.map(({ key }) => (0,external_node_path_.join)(this.dir, key));
        const jobsFile = (0,external_node_path_.join)((0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(this.dir, 'jobs-')), 'jobs.json');
        (0,external_node_fs_.writeFileSync)(jobsFile, JSON.stringify(jobs.map(({ path, mode }, i) => ({ component: path, mode, outDir: outDirs[i] }))));
        const observation = await (0,run_process/* runProcess */.R3)({
            command: process.execPath,
            args: ['--no-warnings', this.runner.path, ...this.runner.args, 'transpile', jobsFile],
            timeoutMs: TRANSPILE_MS_PER_COMPONENT * jobs.length,
            env: this.env,
            cwd: this.dir
        });
        const lines = new Map();
        for (const line of observation.stdout.text.split('\n')) {
            try {
                const parsed = JSON.parse(line);
                lines.set(parsed.index, parsed);
            }
            catch {
                // Not one of the runner's lines.
            }
        }
        const died = observation.spawnError ??
            (observation.timedOut
                ? `still transpiling after ${TRANSPILE_MS_PER_COMPONENT / 1000} s a component`
                : observation.stderr.text.trim().split('\n')[0] || `exit code ${observation.exitCode}`);
        return jobs.map(({ mode }, i) => {
            const line = lines.get(i);
            if (!line)
                return { error: `jco's transpile ended before it got to this component: ${died}` };
            if (line.error !== undefined)
                return { error: `jco could not transpile it: ${line.error}` };
            return { entry: (0,external_node_path_.join)(outDirs[i], 'component.js'), mode };
        });
    }
}
async function runJcoRuntime(spec, located, probes, context) {
    const started = performance.now();
    const packageDir = located.packageDir ?? (0,node_packages/* packageRootOf */.WD)(located.path, spec.package);
    if (!packageDir)
        throw new Error(`${located.path} is not the jco command of ${spec.package}`);
    const version = spec.parseVersion((0,node_packages/* packageJsonText */.OX)(packageDir)) ?? null;
    const host = jcoHost(packageDir);
    const { limits, tests } = jcoAt(host);
    const runnerDir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(context.workDir, 'jco-runner-'));
    const runner = {
        path: (0,external_node_path_.join)(runnerDir, 'jco-runner.mjs'),
        args: [JSON.stringify({ jco: packageDir, preview3Shim: host.preview3Shim ?? null })]
    };
    (0,external_node_fs_.writeFileSync)(runner.path, JCO_RUNNER_SOURCE);
    const env = nodeChildEnv(context.env ?? process.env);
    const transpiler = new Transpiler(context.workDir, version ?? 'unknown', runner, env);
    const runBatch = (jobs, timeoutMs, captureBytes) => runNodeBatch(process.execPath, jobs, timeoutMs, context.workDir, captureBytes, runner);
    const runProbes = async () => {
        const runnable = probes.filter((probe) => !unsupportedReason(probe, limits, tests));
        const transpiled = await transpiler.all(new Map(runnable.map((probe) => [context.modulePaths.get(probe.module), probe.wasiVersion])));
        const dirs = new Map(runnable.map((probe) => [probe.id, prepareProbeDir(probe, context.workDir)]));
        const jobs = runnable.flatMap((probe) => {
            const component = context.modulePaths.get(probe.module);
            const made = transpiled.get(component);
            if ('error' in made)
                return [];
            const dir = dirs.get(probe.id);
            return [
                {
                    id: probe.id,
                    module: made.entry,
                    mode: made.mode,
                    name: (0,external_node_path_.basename)(component),
                    args: probe.args,
                    env: probe.env,
                    preopens: Object.fromEntries(dir.preopens.map(({ guest, host }) => [guest, host])),
                    ...(probe.stdin !== undefined ? { stdin: probe.stdin } : {})
                }
            ];
        });
        const batches = await Promise.all(splitIntoBatches(jobs, probeChildren(jobs.length)).map((batch) => runBatch(batch, context.timeoutMs)));
        const observations = new Map(batches.flatMap((batch) => [...batch]));
        return probes.map((probe) => {
            const unsupported = unsupportedReason(probe, limits, tests);
            if (unsupported)
                return probeNotRun(probe, 'unsupported', unsupported);
            const dir = dirs.get(probe.id);
            try {
                const made = transpiled.get(context.modulePaths.get(probe.module));
                if ('error' in made)
                    return { ...probeNotRun(probe, 'error', made.error), status: 'fail' };
                const observation = observations.get(probe.id);
                const verdict = checkProbeDir(probe, dir, classify(probe.expect, observation, looksLikeTrap, context.timeoutMs));
                return probeOutcome(probe, verdict, observation);
            }
            finally {
                removeProbeDir(dir);
            }
        });
    };
    const runTests = async (list) => {
        const runtime = { id: spec.id, support: tests, limits, isTrap: looksLikeTrap };
        const testContext = context.tests.context;
        const transpiled = await transpiler.all(new Map(list
            .filter((test) => !unsupportedTestReason(test, runtime))
            .map((test) => [test.module, test.wasiVersion])));
        const failed = new Map();
        const runnable = list.filter((test) => {
            const made = transpiled.get(test.module);
            if (!made || !('error' in made))
                return true;
            failed.set(test.id, { ...testNotRun(test, 'error', made.error), status: 'fail' });
            return false;
        });
        const entryOf = (module) => transpiled.get(module);
        const outcomes = await runTestsInBatches(runnable, runtime, testContext, {
            nodePath: process.execPath,
            liveArgs: (invocation) => liveArgs(runner, entryOf(invocation.module), invocation),
            runBatch: (jobs, timeoutMs, captureBytes) => runBatch(jobs.map((job) => ({
                ...job,
                module: entryOf(job.module).entry,
                mode: entryOf(job.module).mode,
                name: (0,external_node_path_.basename)(job.module)
            })), timeoutMs, captureBytes)
        });
        const byId = new Map(outcomes.map((outcome) => [outcome.id, outcome]));
        return list.map((test) => failed.get(test.id) ?? byId.get(test.id));
    };
    const [probeOutcomes, testOutcomes] = await Promise.all([
        runProbes(),
        context.tests ? runTests(context.tests.list) : []
    ]);
    // Which Node ran the components decides what of WASI 0.3 runs: the result names it.
    const named = { ...spec, name: `${spec.name.replace(/ \(.*\)$/, '')} (Node ${process.versions.node})` };
    return ranOutcome(named, located, version, [...probeOutcomes, ...testOutcomes], started);
}
/** The arguments after node that run one transpiled component live, on the child's own stdio. */
function liveArgs(runner, made, inv) {
    return [
        '--no-warnings',
        runner.path,
        ...runner.args,
        'run',
        made.mode,
        ...envPairs(inv.env).flatMap((pair) => ['--env', pair]),
        ...inv.dirs.flatMap((d) => ['--dir', `${d.host}::${d.guest}`]),
        made.entry,
        (0,external_node_path_.basename)(inv.module),
        ...inv.args
    ];
}

;// CONCATENATED MODULE: ./src/run/pool.ts
// A bound on how many module runs happen at once, shared by every runtime.

function createPool(size = (0,external_node_os_.availableParallelism)()) {
    let active = 0;
    const waiting = [];
    return {
        size,
        async run(task) {
            // A finished task hands its place to the next waiting one directly.
            if (active < size)
                active += 1;
            else
                await new Promise((resolve) => waiting.push(resolve));
            try {
                return await task();
            }
            finally {
                const next = waiting.shift();
                if (next)
                    next();
                else
                    active -= 1;
            }
        }
    };
}

;// CONCATENATED MODULE: ./src/run/matrix.ts
// The run stage: every requested runtime at once, each module run on its own.











const NATIVE_NOT_REQUESTED = {
    status: 'unsupported',
    handler: null,
    flags: null,
    entries: [],
    dir: null,
    reason: 'not requested'
};
/** Writes each probe's module once, for every runtime to read. */
function writeModules(probes, workDir) {
    const dir = (0,external_node_path_.join)(workDir, 'modules');
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    const paths = new Map();
    for (const probe of probes) {
        if (paths.has(probe.module))
            continue;
        const path = (0,external_node_path_.join)(dir, `${probe.module}.wasm`);
        (0,external_node_fs_.writeFileSync)(path, probeBytes(probe));
        paths.set(probe.module, path);
    }
    return paths;
}
async function runMatrix(request) {
    const modulePaths = writeModules(request.probes, request.workDir);
    const testContext = {
        // One bound for every runtime's tests: the cores are shared.
        pool: createPool(),
        workDir: request.workDir,
        env: request.env ?? process.env,
        ...(request.testTimeoutMs !== undefined ? { timeoutMs: request.testTimeoutMs } : {}),
        expectations: request.expectations ?? []
    };
    const tests = request.tests?.length ? { list: request.tests, context: testContext } : undefined;
    const facts = new Map();
    const context = {
        facts,
        modulePaths,
        timeoutMs: request.timeoutMs,
        env: request.env,
        workDir: request.workDir,
        tests
    };
    let native = NATIVE_NOT_REQUESTED;
    const runtimes = await Promise.all(request.runtimes.map(async (id) => {
        const spec = runtimes_runtimeById(id);
        if (!spec)
            throw new Error(`unknown runtime id ${id}`);
        const located = request.located.get(id);
        try {
            if (spec.kind === 'native') {
                const run = await runNative(request.probes, {
                    ...request.native,
                    timeoutMs: request.timeoutMs,
                    env: request.env,
                    tests
                });
                native = run.native;
                return run.runtime;
            }
            if (!located) {
                const absent = request.absent?.get(id) ?? {
                    status: 'missing',
                    reason: 'not found on PATH or in the tool cache'
                };
                return runtimeOutcome(spec, absent);
            }
            const env = withLibraryPath(request.env ?? process.env, located.libDir);
            const runtimeContext = {
                ...context,
                env,
                tests: tests && { ...tests, context: { ...tests.context, env } }
            };
            if (spec.kind === 'node') {
                return await runNodeRuntime(spec, located, request.probes, {
                    ...runtimeContext,
                    workDir: request.workDir
                });
            }
            if (spec.kind === 'jco')
                return await runJcoRuntime(spec, located, request.probes, runtimeContext);
            return await runCliRuntime(spec, located, request.probes, runtimeContext);
        }
        catch (error) {
            // One runtime's surprise must not take the others' results down.
            const reason = `internal error while probing: ${error instanceof Error ? error.message : String(error)}`;
            if (spec.kind === 'native')
                native = { ...NATIVE_NOT_REQUESTED, status: 'error', reason };
            return runtimeOutcome(spec, { status: 'error', reason, path: located?.path, source: located?.source });
        }
    }));
    return { native, runtimes, facts };
}

;// CONCATENATED MODULE: ./src/version.ts
/** wasi-probe's own version; a test keeps it equal to package.json's. */
const TOOL_VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/engine.ts
// The engine shared by the action and the CLI: plan in, result out.
// plan → provision (locate) → run (matrix) → result. Nothing here touches @actions/core.

















async function runProbe(plan, options = {}) {
    const env = options.env ?? process.env;
    const startedAt = new Date();
    const started = performance.now();
    const host = { ...detectHost(env), ...(plan.label ? { label: plan.label } : {}) };
    const probes = selectProbes(plan.probes);
    const userModules = plan.modules
        ? await loadUserModules(plan, host.os, env, options.nameOf ?? ((key) => key), options.warn)
        : undefined;
    const provisioned = await provision(plan, env, platformOf(host), options);
    const timeoutMs = Math.round(plan.timeoutSeconds * 1000);
    const workDir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(options.workRoot ?? env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)(), 'wasi-probe-'));
    try {
        const matrix = await runMatrix({
            runtimes: plan.runtimes,
            located: provisioned.located,
            absent: provisioned.absent,
            probes,
            ...(userModules
                ? {
                    tests: userModules.tests,
                    expectations: userModules.expectations,
                    ...(plan.testTimeoutSeconds !== undefined
                        ? { testTimeoutMs: Math.round(plan.testTimeoutSeconds * 1000) }
                        : {})
                }
                : {}),
            timeoutMs,
            workDir,
            env,
            native: options.native
        });
        // The install record goes with the runtime it installed.
        let runtimes = matrix.runtimes.map((runtime) => {
            const install = provisioned.installs.get(runtime.id);
            const failedStage = provisioned.absent.get(runtime.id)?.failedStage ?? runtime.failedStage;
            return { ...runtime, ...(failedStage ? { failedStage } : {}), ...(install ? { install } : {}) };
        });
        let native = matrix.native;
        if (plan.native) {
            const made = await makeNative(plan.native, native, runtimes, env, timeoutMs, options.binfmtEntry ?? newEntryName(), matrix.facts, options.native);
            native = made.native;
            const nativeRow = made.runtime;
            if (nativeRow) {
                runtimes = runtimes.some((r) => r.id === 'native')
                    ? runtimes.map((runtime) => (runtime.id === 'native' ? nativeRow : runtime))
                    : [nativeRow, ...runtimes];
            }
        }
        return {
            schema: result/* RESULT_SCHEMA */.w,
            tool: { name: 'wasi-probe', version: TOOL_VERSION },
            host,
            startedAt: startedAt.toISOString(),
            durationMs: Math.round(performance.now() - started),
            native,
            runtimes,
            supported: runtimes.filter((r) => r.status === 'pass').map((r) => r.id),
            runners: writeRunners(runtimes, env, matrix.facts),
            ...(userModules?.suites.length
                ? {
                    suites: userModules.suites.map(({ name, wasiVersion, path, tests }) => ({
                        name,
                        wasiVersion,
                        path,
                        tests: tests.length
                    }))
                }
                : {}),
            ...(userModules?.tests.length
                ? {
                    modules: userModules.tests.map(({ id, module, classification }) => ({
                        id,
                        path: module,
                        ...classification
                    }))
                }
                : {}),
            ...(userModules?.expectations.length
                ? { expectations: userModules.expectations.map(({ path, runtime }) => ({ path, runtime })) }
                : {}),
            failOn: evaluateFailOn(plan.failOn, runtimes)
        };
    }
    finally {
        (0,external_node_fs_.rmSync)(workDir, { recursive: true, force: true });
    }
}
/**
 * The user's modules and expectation files, read before anything runs: their
 * problems are input problems, all named at once.
 */
async function loadUserModules(plan, os, env, nameOf, warn) {
    // Loaded only when asked for: the glob and TOML libraries are large, and start-up stays fast without them.
    const [{ loadTests }, { loadExpectations }] = await Promise.all([
        Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(838), __nccwpck_require__.e(324), __nccwpck_require__.e(714)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2714)),
        Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 2666))
    ]);
    const cwd = env.GITHUB_WORKSPACE || process.cwd();
    const loaded = await loadTests(plan.modules ?? [], cwd);
    const expectations = loadExpectations(plan.expectations ?? [], cwd, os, runtimeIdOf);
    const problems = [
        ...loaded.problems.map((problem) => `${nameOf('modules')}: ${problem}`),
        ...expectations.problems.map((problem) => `${nameOf('expectations')}: ${problem}`)
    ];
    if (problems.length > 0)
        throw new InputError(problems);
    for (const warning of loaded.warnings)
        warn?.(`${nameOf('modules')}: ${warning}`);
    return { tests: loaded.tests, suites: loaded.suites, expectations: expectations.files };
}
/**
 * `native: register`: registers the first runtime that passed (or the one
 * asked for) as the binfmt_misc handler, then runs the basic probes natively.
 */
async function makeNative(request, detected, runtimes, env, timeoutMs, entry, facts, nativeOptions) {
    const wrapperDir = (0,external_node_path_.join)(env.RUNNER_TOOL_CACHE || (0,external_node_os_.tmpdir)(), 'wasi-probe-binfmt');
    // A cancelled run registers nothing more.
    const registration = (0,run_process/* isCancelled */.mm)()
        ? { registered: false, reason: 'the run was cancelled' }
        : registerNative(request, runtimes, wrapperDir, entry, env, facts);
    const before = runtimes.find((r) => r.id === 'native');
    if (!registration.registered) {
        // What detection found stands; the result says why nothing was registered.
        const reason = [detected.reason, `not registered: ${registration.reason}`].filter(Boolean).join('; ');
        const native = { ...detected, reason };
        return before ? { native, runtime: { ...before, reason } } : { native };
    }
    const run = await runNative(BASIC_PROBES, { ...nativeOptions, timeoutMs, env });
    const registered = {
        entry: registration.entry,
        interpreter: registration.interpreter,
        runtime: registration.runtime
    };
    return { native: { ...run.native, registered }, runtime: run.runtime };
}
/** A result for a run that could not take place (bad inputs, an internal error). */
function failedRunResult(error, failOn, host = detectHost()) {
    return {
        schema: result/* RESULT_SCHEMA */.w,
        tool: { name: 'wasi-probe', version: TOOL_VERSION },
        host,
        startedAt: new Date().toISOString(),
        durationMs: 0,
        native: { status: 'error', handler: null, flags: null, entries: [], dir: null, reason: error },
        runtimes: [],
        supported: [],
        failOn,
        error
    };
}

;// CONCATENATED MODULE: ./src/inputs/declared.ts
// Every input, declared once: its name in action.yml, its default there, its
// CLI flag with the flag's help. The action's reader, the CLI's options and
// --help, and the names in error messages all come from here; a test keeps
// action.yml, report/action.yml and the README equal to it.



/** Where the CLI finds a token when --token is not given, in this order. */
const TOKEN_VARIABLES = ['GITHUB_TOKEN', 'GH_TOKEN'];
const PROBE_INPUTS = [
    {
        key: 'runtimes',
        name: 'runtimes',
        default: 'all',
        flag: {
            name: '--runtimes',
            value: 'LIST',
            help: `runtimes to probe, comma, space or newline separated (default: all: ${RUNTIME_IDS.join(', ')})`
        }
    },
    {
        key: 'probes',
        name: 'probes',
        default: 'basic',
        flag: {
            name: '--probes',
            value: 'LIST',
            help: `what to probe besides the basic modules: ${[...PROBE_SETS.keys()].filter((set) => set !== 'basic').join(', ')}, or probe ids (each set's ids are listed below)`
        }
    },
    {
        key: 'modules',
        name: 'modules',
        default: '',
        flag: {
            name: '--modules',
            value: 'PATH',
            multiple: true,
            help: 'your own .wasm files (globs allowed) or wasi-testsuite suites (folders, or a folder with suites below it), each test with an optional NAME.json spec; repeat'
        }
    },
    {
        key: 'expectations',
        name: 'expectations',
        default: '',
        flag: {
            name: '--expectations',
            value: 'PATH',
            multiple: true,
            help: 'wasi-testsuite expectation files (TOML) or a folder of <runtime>/<os>.toml files: skip and expected-fail tests per runtime; repeat for several'
        }
    },
    {
        key: 'timeout',
        name: 'timeout',
        default: '',
        flag: {
            name: '--timeout',
            value: 'SECONDS',
            help: `limit for each module run (default ${DEFAULT_TIMEOUT_SECONDS}; your modules: the wasi-testsuite runner's 5 unless given)`
        }
    },
    {
        key: 'failOn',
        name: 'fail-on',
        default: 'none',
        flag: {
            name: '--fail-on',
            value: 'RULE',
            help: 'exit 1 unless: none (default), native, any, or a list of runtime ids that must all pass'
        }
    },
    {
        key: 'label',
        name: 'label',
        default: '',
        flag: {
            name: '--label',
            value: 'TEXT',
            help: 'how the result names this host (default os-arch[-libc])'
        }
    },
    {
        key: 'native',
        name: 'native',
        default: 'detect',
        flag: {
            name: '--native',
            value: 'MODE',
            help: 'detect (default), register, or register:<runtime>, optionally followed by force: make .wasm files run directly through binfmt_misc (Linux; root or sudo -n); what the CLI registers stays, until --native unregister removes it'
        }
    },
    { key: 'nativeKeep', name: 'native-keep', default: 'false' },
    { key: 'summary', name: 'summary', default: 'true' },
    {
        key: 'resultPath',
        name: 'result-path',
        default: '',
        flag: { name: '--result-path', value: 'FILE', help: 'also write the JSON result file there' }
    },
    {
        key: 'install',
        name: 'install',
        default: 'false',
        flag: {
            name: '--install',
            whenSet: 'true',
            help: 'install missing runtimes (pinned versions, or LIST entries like wasmtime@48.0.0, wazero@1.11, wamr@latest)'
        }
    },
    {
        key: 'token',
        name: 'token',
        default: '${{ github.token }}',
        flag: {
            name: '--token',
            value: 'TOKEN',
            help: `GitHub token for the releases API (default: ${TOKEN_VARIABLES.map((name) => `$${name}`).join(', then ')})`
        }
    },
    {
        key: 'githubApiUrl',
        name: 'github-api-url',
        default: 'https://api.github.com',
        flag: { name: '--github-api-url', value: 'URL', help: 'releases API (default https://api.github.com)' }
    },
    {
        key: 'downloadUrl',
        name: 'download-url',
        default: 'https://github.com',
        flag: {
            name: '--download-url',
            value: 'URL',
            help: 'where release assets are downloaded (default https://github.com)'
        }
    },
    {
        key: 'verify',
        name: 'verify',
        default: 'true',
        flag: {
            name: '--no-verify',
            whenSet: 'false',
            help: 'install even a download no checksum covers (warns)'
        }
    },
    { key: 'cache', name: 'cache', default: 'false' }
];
const REPORT_INPUTS = [
    { key: 'results', name: 'results', default: '' },
    { key: 'title', name: 'title', default: 'WASI support across runners' },
    { key: 'expect', name: 'expect', default: '' },
    { key: 'failOn', name: 'fail-on', default: 'none' },
    { key: 'comment', name: 'comment', default: 'false' },
    { key: 'commentId', name: 'comment-id', default: 'default' },
    { key: 'pullRequest', name: 'pull-request', default: '' },
    { key: 'token', name: 'token', default: '${{ github.token }}' },
    { key: 'html', name: 'html', default: '' },
    { key: 'features', name: 'features', default: '' }
];
/** How the action names an input in a message: `Input 'fail-on'`. */
function actionInputName(inputs, key) {
    return `Input '${inputs.find((input) => input.key === key)?.name ?? key}'`;
}
/** How the CLI names an input in a message: its flag, or the action's name when it has none. */
function cliInputName(inputs, key) {
    const input = inputs.find((candidate) => candidate.key === key);
    return input?.flag?.name ?? `input '${input?.name ?? key}'`;
}

;// CONCATENATED MODULE: ./src/provision/install-verdict.ts



const isInstallStage = (stage) => result/* INSTALL_STAGES */.om.includes(stage ?? '');
/** The runtimes this run tried to install and could not. */
function failedInstalls(runtimes) {
    return runtimes.flatMap((runtime) => runtime.install && runtime.status === 'error' && isInstallStage(runtime.failedStage)
        ? [
            {
                id: runtime.id,
                reason: runtime.reason ?? `install failed at ${runtime.failedStage}`
            }
        ]
        : []);
}
/** With `install: true`, the requested runtimes that could not be installed; none with `if-available`. */
function installsFailingTheStep(plan, runtimes) {
    return plan.install && !plan.install.bestEffort ? failedInstalls(runtimes) : [];
}
/**
 * Why the step fails for its installs, or undefined when it does not: each requested runtime that
 * could not be installed, by name and why (`shown` makes a reason fit the log).
 */
function installFailure(plan, runtimes, shown = (reason) => reason) {
    const failed = installsFailingTheStep(plan, runtimes);
    if (failed.length === 0)
        return undefined;
    const which = failed.length === 1
        ? `${failed[0].id} could not be installed`
        : `${failed.length} runtimes could not be installed`;
    return [
        `install: true, and ${which}:`,
        ...failed.map((install) => `  ${install.id}: ${shown(install.reason)}`),
        'Every result was written. With install: if-available, an install that fails does not fail the step.'
    ].join('\n');
}
/**
 * For a runtime that is missing because nothing installed it, how it would be; undefined for one
 * that is there, or is never installed (native, node).
 */
function howToInstall(plan, runtime) {
    if (runtime.status !== 'missing' || plan.install)
        return undefined;
    const spec = runtimeById(runtime.id);
    if (spec?.kind === 'jco')
        return asksForComponents(plan)
            ? `${runtime.id} is missing (not on PATH or in the tool cache): install: true installs it with npm, at the pinned versions, integrity-checked.`
            : `${runtime.id} is missing (not on PATH or in the tool cache): it runs components only, and with a component probe (probes: component) or your modules, install: true installs it with npm.`;
    if (spec?.kind !== 'cli')
        return undefined;
    return `${runtime.id} is missing (not on PATH or in the tool cache): install: true installs it from its GitHub releases, pinned and checksum-verified, for this step and later ones.`;
}

;// CONCATENATED MODULE: ./src/publish/escape.ts
// Text from outside (runtime output, paths) on its way into markdown: it must
// not break a table or inject markup.
const HTML_ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;'
};
function escapeEntities(text) {
    return text.replace(/[&<>"']/g, (ch) => HTML_ENTITIES[ch]);
}
/**
 * For inline HTML (`<summary>`, `<p>`, `<code>`): one line, since a blank
 * line would end the HTML block and let the rest render as markdown.
 */
function escape_escapeHtml(text) {
    return escapeEntities(text.replace(/[\r\n\u2028\u2029]+/g, ' '));
}
/** For a table cell: one line, no pipe, no code span, no HTML. */
function escape_escapeCell(text) {
    return escape_escapeHtml(text)
        .replace(/\|/g, '&#124;')
        .replace(/`/g, '&#96;')
        .replace(/([\\*_[\]~])/g, '\\$1');
}
/**
 * A code span showing `text` as written, on one line: inside a code span
 * markdown reads no escapes or entities, so the only thing to keep from
 * ending it early is a backtick, and the fence is longer than any run of them.
 */
function codeSpan(text) {
    return fenced(text.replace(/[\r\n\u2028\u2029]+/g, ' '));
}
/** A code span in a table cell: as codeSpan, with `|` escaped as the table wants (it shows as `|`). */
function escape_codeCell(text) {
    return fenced(text.replace(/[\r\n\u2028\u2029]+/g, ' ').replace(/\|/g, '\\|'));
}
function fenced(line) {
    const longest = Math.max(0, ...(line.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = line === '' || line.startsWith('`') || line.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${line}${pad}${fence}`;
}
/**
 * For the inside of a `<pre>`: line breaks become `&#10;`, which the `<pre>`
 * shows as breaks, so that its source is one line. A `<pre>` that follows other
 * HTML is part of that HTML block, and a blank line (`\n\n`, `\r\r`) would end it.
 */
function escapePre(text) {
    return escapeEntities(text).replace(/\r\n?|\n/g, '&#10;');
}
/**
 * What changes how a terminal or a reader takes a line: C0 and C1 controls
 * (ESC and CSI start colours, titles, cursor moves), DEL, the line and
 * paragraph separators, and the bidi marks, overrides and isolates that make a
 * line read in another order than it is written.
 */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const unicodeEscape = (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
/** `\n`, `\t` as JSON writes them, `\u001b` for the other C0 controls, and the same form for the rest. */
function shownEscaped(ch) {
    const json = JSON.stringify(ch).slice(1, -1);
    return json !== ch ? json : unicodeEscape(ch);
}
/**
 * For a line of plain text (a log, the terminal): control characters, line
 * breaks included, shown escaped (`\n`, `\u001b`, `\u202e`), so that text from
 * outside cannot start a line of its own or steer the terminal.
 */
function oneLine(text) {
    return text.replace(CONTROL, shownEscaped);
}
/** The characters of CONTROL that JSON.stringify writes as they are (it escapes the C0 ones itself). */
const CONTROL_JSON_KEEPS = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** JSON for a terminal: the same value, with those characters written as `\u` escapes too. */
function terminalJson(value) {
    return JSON.stringify(value, null, 2).replace(CONTROL_JSON_KEEPS, unicodeEscape);
}
/** `text` cut to at most `max` characters, ending in `…` when it was cut. */
function escape_clipped(text, max) {
    if (text.length <= max)
        return text;
    let end = max - 1;
    // Not between the two halves of a surrogate pair.
    if (/[\ud800-\udbff]/.test(text[end - 1]))
        end -= 1;
    return `${text.slice(0, end)}…`;
}
/**
 * A line of the CLI's output that a workflow step's runner could read as a
 * command (`::name::`, after leading spaces) gets an invisible break between
 * its colons: the CLI may run in a workflow, and a suite's name is the user's.
 */
function notACommand(line) {
    return line.replace(/^(\s*):(?=:)/, '$1:\u200c');
}

;// CONCATENATED MODULE: ./src/publish/result-file.ts
// The JSON result file: its default name, a check of where it goes made before
// anything runs, and the write itself.



/** The most bytes of a file name on Linux, macOS and Windows alike. */
const NAME_MAX = 255;
/**
 * The longest the label's part of a default file name gets: with `wasi-probe-`, `.json` and a
 * runner's temp folder it stays within NAME_MAX and Windows' 260 characters of a path.
 */
const LABEL_PART_MAX = 160;
/** Bytes of a label that stand for themselves in a file name; every other byte is written `%XX`. */
const NAME_SAFE = /^[A-Za-z0-9._-]$/;
/**
 * The default result file's name for a label: `wasi-probe-<label>.json`. The label is percent-encoded
 * (`leg one` → `leg%20one`, `a/b` → `a%2Fb`, `a_b` stays), so that labels that differ never share a
 * name; a long one is cut and ends in `~` and a hash of the whole label (`~` is never left as it is).
 */
function defaultResultFileName(label) {
    const encoded = [...Buffer.from(label, 'utf8')]
        .map((byte) => {
        const ch = String.fromCharCode(byte);
        return NAME_SAFE.test(ch) ? ch : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    })
        .join('');
    if (encoded.length <= LABEL_PART_MAX)
        return `wasi-probe-${encoded}.json`;
    const hash = createHash('sha256').update(label, 'utf8').digest('hex').slice(0, 16);
    // Not inside a %XX.
    const cut = encoded.slice(0, LABEL_PART_MAX - hash.length - 1).replace(/%[0-9A-F]?$/, '');
    return `wasi-probe-${cut}~${hash}.json`;
}
const errorCode = (error) => error.code ?? (error instanceof Error ? error.message : String(error));
function statOrUndefined(path) {
    try {
        return (0,external_node_fs_.statSync)(path);
    }
    catch {
        return undefined;
    }
}
/** Why no result file can take the place `absolute`, before any folder is made. */
function placeProblem(path, absolute) {
    if (path.endsWith('/') || path.endsWith(external_node_path_.sep))
        return 'it ends in a separator, so it names a folder, not a file';
    const nameBytes = Buffer.byteLength((0,external_node_path_.basename)(absolute), 'utf8');
    if (nameBytes > NAME_MAX)
        return `its file name is ${nameBytes} bytes long, more than the ${NAME_MAX} a file system takes`;
    const there = statOrUndefined(absolute);
    if (there?.isDirectory())
        return 'it is a folder';
    // Renamed over, a device or a FIFO would be replaced by the file: /dev/null would be gone.
    if (there && !there.isFile())
        return 'it is not a regular file (a device, a FIFO or a socket)';
    return undefined;
}
/**
 * Makes `folder` and the folders above it that are missing, one at a time: a recursive mkdir never
 * returns in /proc, where the kernel answers ENOENT for a folder whose parent is there.
 */
function makeFolder(folder) {
    const missing = [];
    let existing = folder;
    let stats = statOrUndefined(existing);
    while (!stats) {
        const parent = (0,external_node_path_.dirname)(existing);
        if (parent === existing)
            return `its folder ${folder} cannot be looked at`;
        missing.unshift(existing);
        existing = parent;
        stats = statOrUndefined(existing);
    }
    if (!stats.isDirectory())
        return `${existing} is a file, not a folder`;
    for (const each of missing) {
        try {
            (0,external_node_fs_.mkdirSync)(each);
        }
        catch (error) {
            if (error.code === 'EEXIST' && statOrUndefined(each)?.isDirectory())
                continue;
            return `the folder ${each} cannot be made (${errorCode(error)})`;
        }
    }
    return undefined;
}
/** Beside the result file, so that renaming it there is atomic; short, so that it fits where the name fits. */
function partialPath(folder) {
    return (0,external_node_path_.join)(folder, `.wasi-probe-${process.pid}-${Math.random().toString(36).slice(2, 8)}.partial`);
}
/**
 * Why the result file cannot be written at `path` (a folder, a device, a name too long, a folder that
 * cannot be made or written in), or undefined. Made before anything runs, so that a run's results are
 * not lost at its end; it makes the folder, and writes and removes a file in it.
 */
function resultPathProblem(path) {
    const absolute = resolve(path);
    const problem = placeProblem(path, absolute) ?? makeFolder(dirname(absolute));
    if (problem)
        return problem;
    const trial = partialPath(dirname(absolute));
    try {
        closeSync(openSync(trial, 'wx'));
        rmSync(trial, { force: true });
    }
    catch (error) {
        return `nothing can be written in ${dirname(absolute)} (${errorCode(error)})`;
    }
    return undefined;
}
/**
 * Writes the result file, creating its folder; returns the absolute path.
 * It is written beside its place and renamed there, so that a reader, or a
 * kill mid-write, never meets half a file.
 */
function writeResultFile(path, result) {
    const absolute = (0,external_node_path_.resolve)(path);
    const problem = placeProblem(path, absolute) ?? makeFolder((0,external_node_path_.dirname)(absolute));
    if (problem)
        throw new Error(`The result file ${absolute} cannot be written: ${problem}`);
    const partial = partialPath((0,external_node_path_.dirname)(absolute));
    try {
        (0,external_node_fs_.writeFileSync)(partial, `${JSON.stringify(result, null, 2)}\n`, { flag: 'wx' });
        (0,external_node_fs_.renameSync)(partial, absolute);
    }
    catch (error) {
        (0,external_node_fs_.rmSync)(partial, { force: true });
        throw error;
    }
    return absolute;
}

;// CONCATENATED MODULE: ./src/publish/cells.ts
// How one probe outcome reads in a table, shared by the summary and the terminal.

/**
 * How much of a runtime's version and of a path is shown and published: a
 * version comes from the runtime's own output (up to 64 KiB of it), and one
 * that long would fill the log, the summary and the outputs. Longer ones are
 * cut there and end in `…`.
 */
const VERSION_CHARS = 128;
const PATH_CHARS = 1024;
/** How much of a suite's or a test's name is shown. */
const NAME_CHARS = 200;
/** True when the runtime was to be installed and that failed: it is not there, whatever was asked for. */
function installFailed(runtime) {
    return runtime.failedStage !== undefined && runtime.failedStage !== 'run';
}
/**
 * True when the runtime is there to be probed: not missing, not without a
 * build, not an install that failed, and for native a binfmt_misc entry.
 */
function isFound(runtime) {
    if (runtime.status === 'missing' || runtime.status === 'unavailable' || installFailed(runtime))
        return false;
    return !(runtime.id === 'native' && runtime.status === 'unsupported' && runtime.probes.length === 0);
}
/** The version as shown and published, or null when there is none (an install that failed has none). */
function shownVersion(runtime) {
    if (installFailed(runtime))
        return null;
    const version = runtime.version ?? runtime.install?.version ?? null;
    return version === null ? null : escape_clipped(version, VERSION_CHARS);
}
const shownPath = (path) => escape_clipped(path, PATH_CHARS);
const cells_shownName = (name) => escape_clipped(name, NAME_CHARS);
const cells_STATUS_SYMBOLS = {
    pass: '✅',
    fail: '❌',
    trap: '❌',
    timeout: '⏱',
    unsupported: '➖',
    missing: '❔',
    unavailable: '🚫',
    error: '⚠️',
    recorded: '📝',
    skip: '⏭',
    xfail: '☑️',
    xpass: '❗'
};
/** A probe this runtime was not given (another runtime was): not the same as a runtime that is missing. */
const NOT_PROBED = '—';
/** What each symbol of a table means, in the order a legend lists them. */
const MEANINGS = [
    [cells_STATUS_SYMBOLS.pass, 'passed'],
    [cells_STATUS_SYMBOLS.fail, 'failed: what failed, or what was seen'],
    [cells_STATUS_SYMBOLS.timeout, 'timed out'],
    [cells_STATUS_SYMBOLS.error, 'error: could not run'],
    [cells_STATUS_SYMBOLS.unsupported, 'unsupported: the runtime cannot run it'],
    [cells_STATUS_SYMBOLS.recorded, 'recorded, not judged'],
    [cells_STATUS_SYMBOLS.skip, 'skipped by an expectation file'],
    [cells_STATUS_SYMBOLS.xfail, 'failed, as an expectation file says'],
    [cells_STATUS_SYMBOLS.xpass, 'passed, though an expectation file says it fails'],
    [NOT_PROBED, 'not probed'],
    [cells_STATUS_SYMBOLS.missing, 'runtime not found'],
    [cells_STATUS_SYMBOLS.unavailable, 'no build for this platform']
];
/**
 * What the symbols that `cells` begin with mean, `✅ passed · ➖ unsupported: …`,
 * and with `counts` what `4/7` is; empty when there is nothing to explain.
 */
function cells_legend(cells, counts = false) {
    const used = MEANINGS.filter(([symbol]) => cells.some((cell) => cell.startsWith(symbol)));
    const parts = used.map(([symbol, meaning]) => `${symbol} ${meaning}`);
    if (counts)
        parts.push('n/m: passed of those judged (unsupported and recorded ones apart)');
    return parts.join(' · ');
}
/** How a failed check of one of the user's tests reads in a cell. */
const CHECK_WORDS = {
    'exit-code': 'exit',
    trap: 'trap',
    timeout: 'timeout',
    stdout: 'stdout',
    stderr: 'stderr',
    start: 'could not start'
};
/** `✅`, or the symbol with what was seen: `❌ exit 0`, `❌ stdout`, `❌ trap`, `⏱ timeout`. */
function cells_probeCell(probe) {
    if (!probe)
        return NOT_PROBED;
    const symbol = cells_STATUS_SYMBOLS[probe.status];
    if (probe.test !== undefined && probe.status !== 'pass') {
        // One of the user's tests: its outcome, and for a failure which check failed.
        const check = probe.failedCheck && (CHECK_WORDS[probe.failedCheck] ?? probe.failedCheck);
        const detail = probe.failedCheck === 'exit-code' ? `exit ${probe.signal ?? probe.exitCode}` : (check ?? probe.status);
        return probe.status === 'fail' ? `${symbol} ${detail}` : `${symbol} ${probe.status}`;
    }
    switch (probe.status) {
        case 'pass':
            return symbol;
        case 'fail':
            if (probe.expected.exitCode === 'nonzero'
                ? probe.exitCode === 0
                : probe.exitCode !== probe.expected.exitCode) {
                return `${symbol} ${probe.signal ? probe.signal : `exit ${probe.exitCode}`}`;
            }
            return `${symbol} stdout`;
        case 'trap':
            return `${symbol} trap${probe.exitCode !== null ? ` (exit ${probe.exitCode})` : ''}`;
        case 'recorded':
            return `${symbol} ${probe.signal ?? `exit ${probe.exitCode}`}`;
        default:
            return `${symbol} ${probe.status}`;
    }
}
/** The cell of one probe in a runtime's row; a runtime that never ran shows its own status. */
function runtimeProbeCell(runtime, probeId) {
    if (runtime.probes.length === 0)
        return cells_STATUS_SYMBOLS[runtime.status] ?? cells_STATUS_SYMBOLS.missing;
    return cells_probeCell(runtime.probes.find((p) => p.id === probeId));
}
/** Where the runtime came from, or why it is not there. */
function sourceCell(runtime) {
    if (runtime.status === 'missing')
        return 'not found';
    if (runtime.status === 'unavailable')
        return 'unavailable';
    if (runtime.failedStage && runtime.failedStage !== 'run')
        return `install failed (${runtime.failedStage})`;
    return runtime.source ?? '-';
}

;// CONCATENATED MODULE: ./src/publish/runtime-words.ts
// What the runtime itself said when a probe did not pass: its first error line,
// read from the stream its adapter says it writes errors to (WAMR and WasmEdge
// write theirs to stdout, where neither the log nor the summary looked).


/** Where the runtime `runtimeId` writes its own errors: stdout for WAMR and WasmEdge, else stderr. */
function errorStreamOf(runtimeId) {
    const spec = runtimes_runtimeById(runtimeId);
    return spec && 'errorStream' in spec && spec.errorStream ? spec.errorStream : 'stderr';
}
/** The streams of a run, the one the runtime writes its errors to first. */
function streamsInOrder(runtimeId) {
    return streamsFrom(errorStreamOf(runtimeId));
}
/** The first line that reads as an error, in the runtime's error stream first (firstErrorWords). */
function firstErrorLine(output, runtimeId) {
    return firstErrorWords(output, errorStreamOf(runtimeId));
}
/** An embedded probe that ended otherwise than expected: the runtime's words say why, not the module's output. */
function endedAsNotExpected(probe) {
    if (probe.test !== undefined)
        return false;
    if (probe.status === 'trap' || probe.status === 'timeout')
        return true;
    if (probe.status !== 'fail')
        return false;
    const { exitCode } = probe.expected;
    return exitCode === 'nonzero' ? probe.exitCode === 0 : probe.exitCode !== exitCode || probe.signal !== null;
}
/**
 * Why `probe` did not pass on `runtimeId`, with the runtime's first error line
 * where the run ended otherwise than expected: `exit code 255, expected exit
 * code 0; stdout: "WASM module load failed: unsupported opcode fd"`. The
 * user's tests carry those words in their reason already.
 */
function runtime_words_probeReason(probe, runtimeId) {
    const reason = probe.reason ?? probe.status;
    if (!endedAsNotExpected(probe))
        return reason;
    const said = firstErrorLine(probe, runtimeId);
    // A trap's reason may quote the same line already (cut at its own length).
    if (!said || reason.includes(said.words.slice(0, 60)))
        return reason;
    return `${reason}; ${said.stream}: ${JSON.stringify(said.words)}`;
}
/**
 * Why a runtime did not pass, with its own words: per basic probe that did not
 * pass when its runs are what failed, else the reason it was given (an install
 * that failed, a runtime that could not be found).
 */
function runtimeReason(runtime) {
    const failed = runtime.probes.filter((p) => p.category === 'basic' && p.status !== 'pass' && p.status !== 'unsupported');
    if (runtime.failedStage !== 'run' || failed.length === 0)
        return runtime.reason ?? runtime.status;
    return failed.map((probe) => `${probe.id}: ${runtime_words_probeReason(probe, runtime.id)}`).join('; ');
}

;// CONCATENATED MODULE: ./src/publish/capabilities.ts
// What each runtime can do beyond running WASI at all: the capability probes,
// as the `capabilities` output and as tables in the step summary.



const CATEGORY_TITLES = {
    wasi: 'WASI preview1',
    proposal: 'Wasm proposals',
    component: 'Components (WASI 0.2)',
    'component-0.3': 'Components (WASI 0.3)',
    custom: 'Your modules'
};
/** Runtime id → ids of the probes it passed. */
function capabilities(result) {
    return Object.fromEntries(result.runtimes.map((runtime) => [
        runtime.id,
        runtime.probes.filter((probe) => probe.status === 'pass').map((probe) => probe.id)
    ]));
}
/** How some probes or tests did; a trap and a timeout are failures. */
function countTests(tests) {
    const counts = {
        pass: 0,
        fail: 0,
        xfail: 0,
        xpass: 0,
        skip: 0,
        unsupported: 0,
        error: 0,
        recorded: 0
    };
    for (const test of tests) {
        const key = Object.hasOwn(counts, test.status) ? test.status : 'fail';
        counts[key] += 1;
    }
    return counts;
}
/**
 * `✅ 60/60 · 2 xfail · 3 skipped · 55 unsupported`: passed of judged (an
 * unexpected pass is a failure, as the runner counts it), the rest apart.
 */
function countsCell(counts) {
    const judged = judgedOf(counts);
    const symbol = judged === 0
        ? cells_STATUS_SYMBOLS.unsupported
        : counts.fail + counts.xpass > 0
            ? cells_STATUS_SYMBOLS.fail
            : counts.error > 0
                ? cells_STATUS_SYMBOLS.error
                : cells_STATUS_SYMBOLS.pass;
    const apart = apartOf(counts);
    if (judged === 0)
        return [symbol, apart.join(' · ')].filter(Boolean).join(' ');
    return [`${symbol} ${counts.pass}/${judged}`, ...apart].join(' · ');
}
/** Judged: passed or not; an unexpected pass is a failure, as the runner counts it. */
const judgedOf = (counts) => counts.pass + counts.fail + counts.xpass + counts.error;
/** What is counted apart from `passed/judged`. */
function apartOf(counts) {
    return [
        ...(counts.xpass > 0 ? [`${counts.xpass} xpass`] : []),
        ...(counts.xfail > 0 ? [`${counts.xfail} xfail`] : []),
        ...(counts.skip > 0 ? [`${counts.skip} skipped`] : []),
        ...(counts.unsupported > 0 ? [`${counts.unsupported} unsupported`] : []),
        ...(counts.recorded > 0 ? [`${counts.recorded} recorded`] : [])
    ];
}
/**
 * `6/7 · 4 unsupported`: passed of judged, the rest apart; `brief` puts the
 * rest in brackets, `6/7 (4 unsupported)`, for a line that lists several.
 */
function countsText(counts, brief = false) {
    const passed = `${counts.pass}/${judgedOf(counts)}`;
    const apart = apartOf(counts);
    if (apart.length === 0)
        return passed;
    return brief ? `${passed} (${apart.join(', ')})` : [passed, ...apart].join(' · ');
}
const isFailure = (status) => status === 'fail' || status === 'xpass' || status === 'error';
/** A probe's outcome that says something went wrong: not a pass, and neither unsupported nor only recorded. */
const didNotPass = (status) => !['pass', 'unsupported', 'recorded'].includes(status);
/** The capability probes that ran, by category, ready to be laid out as tables. */
function capabilityGroups(result) {
    const runtimes = result.runtimes.filter((r) => r.probes.some((p) => p.status !== 'unsupported'));
    const groups = [];
    for (const [category, title] of Object.entries(CATEGORY_TITLES)) {
        const ofCategory = (runtime) => runtime.probes.filter((p) => p.category === category);
        if (!runtimes.some((runtime) => ofCategory(runtime).length > 0))
            continue;
        if (category === 'custom') {
            groups.push(testGroup(title, runtimes));
            continue;
        }
        const ids = [...new Set(runtimes.flatMap((r) => ofCategory(r).map((p) => p.id)))];
        const counts = runtimes.map((runtime) => countTests(ofCategory(runtime)));
        const rows = ids.map((id) => ({
            label: id,
            cells: runtimes.map((runtime) => capabilityCell(runtime, id))
        }));
        const notPassed = ids.flatMap((id) => runtimes.flatMap((runtime) => ofCategory(runtime)
            .filter((probe) => probe.id === id && didNotPass(probe.status))
            .map((probe) => ({ runtime: runtime.id, probe }))));
        const probesUnsupported = [];
        for (const runtime of runtimes) {
            for (const probe of ofCategory(runtime).filter((p) => p.status === 'unsupported')) {
                const reason = probe.reason ?? 'unsupported';
                const entry = probesUnsupported.find((u) => u.runtime === runtime.id && u.reason === reason);
                if (entry)
                    entry.probes.push(probe.id);
                else
                    probesUnsupported.push({ runtime: runtime.id, reason, probes: [probe.id] });
            }
        }
        groups.push({
            title,
            runtimes,
            rows,
            counts,
            notPassed,
            probesUnsupported,
            failures: [],
            unsupported: []
        });
    }
    return groups;
}
/** The user's modules: one row per module given on its own, one row per suite with its counts. */
function testGroup(title, runtimes) {
    const testsOf = (runtime) => runtime.probes.filter((p) => p.category === 'custom');
    const rows = [];
    const failures = [];
    const unsupported = [];
    const seen = new Set();
    for (const test of runtimes.flatMap(testsOf)) {
        const key = test.suite === undefined ? `module ${test.id}` : `suite ${test.suite}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        const members = (runtime) => testsOf(runtime).filter((p) => (test.suite === undefined ? p.id === test.id : p.suite === test.suite));
        rows.push({
            label: test.suite ?? test.id,
            cells: runtimes.map((runtime) => test.suite === undefined ? cells_probeCell(members(runtime)[0]) : countsCell(countTests(members(runtime))))
        });
        for (const runtime of runtimes) {
            const failed = members(runtime).filter((p) => isFailure(p.status));
            if (failed.length === 0)
                continue;
            const list = failures.find((f) => f.suite === test.suite && f.runtime === runtime.id);
            if (list)
                list.tests.push(...failed);
            else
                failures.push({ suite: test.suite, runtime: runtime.id, tests: failed });
        }
        for (const runtime of runtimes) {
            for (const notRun of members(runtime).filter((p) => p.status === 'unsupported')) {
                const reason = notRun.reason ?? 'unsupported';
                const entry = unsupported.find((u) => u.suite === test.suite && u.runtime === runtime.id && u.reason === reason);
                if (entry)
                    entry.tests += 1;
                else
                    unsupported.push({ suite: test.suite, runtime: runtime.id, reason, tests: 1 });
            }
        }
    }
    const counts = runtimes.map((runtime) => countTests(testsOf(runtime)));
    return { title, runtimes, rows, counts, notPassed: [], probesUnsupported: [], failures, unsupported };
}
/** `WASI Rust tests [wasm32-wasip3] on node: needs WASI 0.3 components (55 tests)`. */
function unsupportedLine(entry) {
    return `${entry.suite ?? 'modules on their own'} on ${entry.runtime}: ${entry.reason} (${entry.tests} ${entry.tests === 1 ? 'test' : 'tests'})`;
}
/** `wasm3: cannot pass arguments (wasi-args, wasi-environ)`. */
function probesUnsupportedLine(entry) {
    return `${entry.runtime}: ${entry.reason} (${entry.probes.join(', ')})`;
}
/** The cell of `probeId` for `runtime`. */
function capabilityCell(runtime, probeId) {
    return cells_probeCell(runtime.probes.find((p) => p.id === probeId));
}
/** A reason in a table cell stays short; the result file keeps all of it. */
const REASON_CHARS = 300;
/**
 * At most this many rows of the user's modules per table, and of failed tests
 * per block: thousands of them would not fit in the step summary (1 MB).
 */
const ROWS_SHOWN = 200;
/** The first ROWS_SHOWN rows, and a last one that says how many more the result file has. */
function firstRows(rows, columns) {
    if (rows.length <= ROWS_SHOWN)
        return rows;
    const more = `… and ${rows.length - ROWS_SHOWN} more (the result file has them all)`;
    return [...rows.slice(0, ROWS_SHOWN), `| ${[more, ...Array(columns - 1).fill('')].join(' | ')} |`];
}
/** One collapsible block per suite and runtime: the tests that failed and why. */
function failureBlocks(failures) {
    return failures.map(({ suite, runtime, tests }) => [
        `<details><summary>${STATUS_SYMBOLS.fail} ${escapeHtml(shownName(suite ?? 'modules on their own'))} on <code>${escapeHtml(runtime)}</code>: ${tests.length} failed</summary>`,
        '',
        '| Test | Outcome | Why |',
        '| --- | --- | --- |',
        ...firstRows(tests.map((test) => {
            const reason = clipped(test.reason ?? test.status, REASON_CHARS);
            return `| ${codeCell(shownName(test.test ?? test.id))} | ${escapeCell(probeCell(test))} | ${escapeCell(reason)} |`;
        }), 3),
        '',
        `<sub>${escapeHtml(legend(tests.map(probeCell)))}</sub>`,
        '',
        '</details>',
        ''
    ].join('\n'));
}
/** The probes that did not pass, and why: the runtime's own words where it said any. */
function notPassedTable(notPassed) {
    if (notPassed.length === 0)
        return [];
    return [
        '**Why they did not pass:**',
        '',
        '| Probe | Runtime | Outcome | Why |',
        '| --- | --- | --- | --- |',
        ...firstRows(notPassed.map(({ runtime, probe }) => `| ${codeCell(probe.id)} | \`${runtime}\` | ${escapeCell(probeCell(probe))} | ${escapeCell(clipped(probeReason(probe, runtime), REASON_CHARS))} |`), 4),
        ''
    ];
}
/** One line: why runtimes cannot run what they were given. */
function unsupportedParagraph(lines) {
    if (lines.length === 0)
        return [];
    return [`**Unsupported:** ${lines.slice(0, ROWS_SHOWN).map(escapeCell).join('; ')}`, ''];
}
/**
 * The capability probes as markdown blocks, each whole on its own (the step
 * summary keeps as many as fit): per category a collapsible table, probes as
 * rows, runtimes as columns, a count per runtime, a legend, why probes did
 * not pass and why some could not run; then the failed tests.
 */
function capabilitySections(result) {
    const sections = capabilityGroups(result).flatMap((group) => {
        const { title, runtimes, rows, counts, notPassed, probesUnsupported, failures, unsupported } = group;
        const brief = runtimes.map((r, i) => `${r.id} ${countsText(counts[i], true)}`).join(' · ');
        const explained = legend(rows.flatMap((row) => row.cells), true);
        return [
            [
                `<details><summary><b>${escapeHtml(title)}</b>: ${escapeHtml(brief)}</summary>`,
                '',
                `| Probe | ${runtimes.map((r) => `\`${r.id}\``).join(' | ')} |`,
                `| --- | ${runtimes.map(() => ':---:').join(' | ')} |`,
                ...firstRows(rows.map((row) => `| ${codeCell(shownName(row.label))} | ${row.cells.map(escapeCell).join(' | ')} |`), runtimes.length + 1),
                `| **passed** | ${counts.map((c) => escapeCell(countsText(c))).join(' | ')} |`,
                '',
                `<sub>${escapeHtml(explained)}</sub>`,
                '',
                ...notPassedTable(notPassed),
                ...unsupportedParagraph([
                    ...probesUnsupported.map((entry) => probesUnsupportedLine({ ...entry, reason: clipped(entry.reason, REASON_CHARS) })),
                    ...unsupported.map((entry) => unsupportedLine({
                        ...entry,
                        suite: entry.suite && shownName(entry.suite),
                        reason: clipped(entry.reason, REASON_CHARS)
                    }))
                ]),
                '</details>',
                ''
            ].join('\n'),
            ...failureBlocks(failures)
        ];
    });
    return sections.length > 0 ? ['### Capabilities\n', ...sections] : [];
}

;// CONCATENATED MODULE: ./src/publish/terminal.ts
// The CLI's table: plain text, columns padded to their widest cell.





/** How much of a reason the table shows: the result file (--json) keeps all of it. */
const MESSAGE_CHARS = 2000;
/** Display width, counting the emoji we print as two columns. */
function width(text) {
    let columns = 0;
    for (const ch of text) {
        const code = ch.codePointAt(0) ?? 0;
        if (code === 0xfe0f)
            continue;
        columns += code >= 0x2300 ? 2 : 1;
    }
    return columns;
}
function pad(text, columns) {
    return text + ' '.repeat(Math.max(0, columns - width(text)));
}
function terminalTable(result) {
    const probeIds = BASIC_PROBES.map((probe) => probe.id);
    const header = ['runtime', 'version', 'source', ...probeIds, 'status'];
    const rows = result.runtimes.map((runtime) => [
        runtime.id,
        oneLine(shownVersion(runtime) ?? '-'),
        sourceCell(runtime),
        ...probeIds.map((id) => runtimeProbeCell(runtime, id)),
        runtime.status
    ]);
    const table = textTable(header, rows);
    const { os, arch, libc } = result.host;
    const lines = [
        `wasi-probe ${result.tool.version} on ${[os, arch, libc].filter(Boolean).join(' ')}`,
        '',
        ...table,
        ...legendLine(rows.flatMap((row) => row.slice(3, 3 + probeIds.length))),
        ''
    ];
    const native = result.native;
    const nativeAsked = result.runtimes.some((runtime) => runtime.id === 'native');
    lines.push(!nativeAsked && !result.error
        ? 'native: not probed (--runtimes does not name native)'
        : native.status === 'pass'
            ? `native: yes, through ${oneLine(shownPath(native.handler ?? 'an unknown handler'))}`
            : `native: ${native.status}${native.reason ? ` (${oneLine(escape_clipped(native.reason, MESSAGE_CHARS))})` : ''}`);
    lines.push(`supported: ${result.supported.length > 0 ? result.supported.join(', ') : 'none'}`);
    for (const runtime of result.runtimes.filter((r) => (r.status === 'fail' || r.status === 'error') && r.id !== 'native')) {
        lines.push(`${runtime.id}: ${oneLine(escape_clipped(runtimeReason(runtime), MESSAGE_CHARS))}`);
    }
    if (!result.failOn.ok)
        lines.push(oneLine(escape_clipped(result.failOn.message, MESSAGE_CHARS)));
    lines.push(...capabilityTables(result));
    // Foreign text is on one line each (oneLine), but the line may begin with it: each line is guarded.
    return lines.join('\n').split('\n').map(notACommand).join('\n');
}
/** What the table's symbols mean, as a line under it. */
function legendLine(cells, counts = false) {
    const text = cells_legend(cells, counts);
    return text ? [`(${text})`] : [];
}
/** Rows padded to their widest cell, two spaces apart. */
function textTable(header, rows) {
    const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => width(row[column] ?? ''))));
    return [header, ...rows].map((row) => row
        .map((cell, column) => pad(cell, widths[column]))
        .join('  ')
        .trimEnd());
}
/** The capability probes: one table per category, probes down, runtimes across. */
function capabilityTables(result) {
    return capabilityGroups(result).flatMap((group) => {
        const { title, runtimes, rows, counts, notPassed, probesUnsupported, failures, unsupported } = group;
        return [
            '',
            `${title}:`,
            ...textTable(['probe', ...runtimes.map((r) => r.id)], [
                ...rows.map((row) => [oneLine(cells_shownName(row.label)), ...row.cells]),
                ['passed', ...counts.map((c) => countsText(c))]
            ]),
            ...legendLine(rows.flatMap((row) => row.cells), true),
            ...notPassed.map(({ runtime, probe }) => `did not pass: ${probe.id} on ${runtime}: ${terminal_clip(oneLine(runtime_words_probeReason(probe, runtime)), 300)}`),
            ...probesUnsupported.map((entry) => `unsupported: ${oneLine(probesUnsupportedLine(entry))}`),
            ...unsupported.map((entry) => `unsupported: ${oneLine(unsupportedLine(entry))}`),
            ...failures.flatMap(({ suite, runtime, tests }) => [
                '',
                `failed in ${oneLine(cells_shownName(suite ?? 'modules on their own'))} on ${runtime}:`,
                ...tests.map((test) => `  ${oneLine(cells_shownName(test.test ?? test.id))}: ${terminal_clip(oneLine(test.reason ?? test.status))}`)
            ])
        ];
    });
}
function terminal_clip(text, max = 160) {
    const line = text.replace(/\s+/g, ' ');
    return line.length > max ? `${line.slice(0, max)}…` : line;
}

;// CONCATENATED MODULE: ./src/run/cancel.ts
// A cancelled job: the runner sends SIGINT (then SIGTERM, then SIGKILL a few
// seconds apart). Every process tree the run started is killed and no new one
// starts, so the run ends soon with what it has, and its results are written.

/** How long a cancelled run may take to end on its own before `late` ends it. */
const CANCEL_GRACE_MS = 4000;
/**
 * Listens for SIGINT and SIGTERM. On the first, `cancelled` is told and every
 * process is killed; if the run has not ended CANCEL_GRACE_MS later, `late`
 * is called to write what it can and exit.
 */
function cancelOnSignals(cancelled, late) {
    let received;
    let timer;
    const onSignal = (signal) => {
        if (received)
            return;
        received = signal;
        cancelled(signal);
        (0,run_process/* cancelAllProcesses */.dj)();
        timer = setTimeout(() => late(signal), CANCEL_GRACE_MS);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    return {
        get signal() {
            return received;
        },
        dispose() {
            clearTimeout(timer);
            process.off('SIGINT', onSignal);
            process.off('SIGTERM', onSignal);
        }
    };
}

;// CONCATENATED MODULE: ./src/cli/environment.ts
// The folders a runner gives a step, which the CLI gives the engine outside GitHub Actions.


/** Where the CLI keeps installed runtimes when RUNNER_TOOL_CACHE is not set. */
function defaultToolCache(env) {
    return (0,external_node_path_.join)(env.XDG_CACHE_HOME || (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.cache'), 'wasi-probe', 'tool-cache');
}
/** The environment with RUNNER_TEMP and RUNNER_TOOL_CACHE set, as on a runner. */
function runnerLikeEnv(env) {
    return {
        ...env,
        RUNNER_TEMP: env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(),
        RUNNER_TOOL_CACHE: env.RUNNER_TOOL_CACHE || defaultToolCache(env)
    };
}

;// CONCATENATED MODULE: ./src/cli/help.ts
// The CLI's flags and its --help, built from the tables the parsers use
// (inputs, probe sets, runtimes), so that what the help lists is what is accepted.





/** The flags of the CLI alone, beside those of the inputs. */
const CLI_FLAGS = [
    { name: '--json', help: 'print the JSON result instead of the table' },
    {
        name: '--runners',
        help: "print, as JSON, the shell command that runs a module through each runtime that passed (the action's runners output)"
    },
    { name: '--help', short: '-h', help: 'show this help' },
    { name: '--version', short: '-v', help: 'show the version' }
];
const INPUT_FLAGS = PROBE_INPUTS.flatMap((input) => 'flag' in input ? [{ ...input.flag, key: input.key }] : []);
/** What --native takes in the CLI alone: it removes what the CLI registered, and probes nothing. */
const UNREGISTER = 'unregister';
/** A few words on each probe set; a set without any is still listed, by its name and its probes. */
const PROBE_SET_WORDS = {
    basic: 'always run',
    wasi: 'WASI preview1 calls',
    features: 'Wasm proposals',
    component: 'WASI 0.2 components',
    'component-0.3': 'WASI 0.3 components',
    all: 'every probe above'
};
/** Words in lines of at most `width` characters. */
function wrap(text, width) {
    const lines = [];
    for (const word of text.split(/\s+/)) {
        const last = lines.length - 1;
        if (last >= 0 && lines[last].length + 1 + word.length <= width)
            lines[last] += ` ${word}`;
        else
            lines.push(word);
    }
    return lines;
}
const COLUMN = 23;
const WIDTH = 80;
/** `label` in the first column and `text` wrapped in the second, 80 wide. */
function twoColumns(label, text) {
    const [head, ...rest] = wrap(text, WIDTH - COLUMN).map((line) => `${' '.repeat(COLUMN)}${line}`);
    // A label too wide for its column has a line of its own.
    return label.length < COLUMN
        ? [`${label.padEnd(COLUMN)}${head.trimStart()}`, ...rest]
        : [label, head, ...rest];
}
/** `--fail-on RULE       exit 1 unless: ...`, the help of each flag. */
function flagLines(flags) {
    return flags.flatMap((flag) => twoColumns(`  ${flag.short ? `${flag.short}, ` : ''}${flag.name}${flag.value ? ` ${flag.value}` : ''}`, flag.help));
}
/** `wamr (or iwasm)`: a runtime's id, and the other names it is known by. */
function runtimeName(id) {
    const spec = runtimes_runtimeById(id);
    const aliases = spec && 'aliases' in spec ? (spec.aliases ?? []) : [];
    return aliases.length > 0 ? `${id} (or ${aliases.join(', ')})` : id;
}
/** Every value the list-like flags take. No line begins with `--`: those are the flags'. */
function valueLines() {
    const sets = [...PROBE_SETS].flatMap(([set, probes]) => {
        const words = PROBE_SET_WORDS[set];
        const ids = set === 'all' ? [] : [probes.map((probe) => probe.id).join(', ')];
        return twoColumns(`    ${set}`, [words, ...ids].filter(Boolean).join(': '));
    });
    return [
        ...twoColumns('  runtimes', `all (the default), or any of: ${RUNTIME_IDS.map(runtimeName).join(', ')}`),
        ...twoColumns('  probes', 'a set runs its probes, a probe id that probe alone:'),
        ...sets,
        ...twoColumns('  fail-on', `none (the default), any, native, or runtime ids: ${RUNTIME_IDS.join(', ')}`),
        ...twoColumns('  native', `detect (the default); register, or register:<runtime> for one of ${INTERPRETER_ORDER.join(', ')}, ` +
            `either optionally followed by force; ${UNREGISTER} (the CLI's own: removes the entry it registered, and probes nothing)`)
    ];
}
/** The variables the CLI reads, with what it does without them. */
function environmentLines(env) {
    return [
        ...twoColumns(`  ${TOKEN_VARIABLES.map((name) => `$${name}`).join(', ')}`, 'the token for the releases API when --token is not given, the first that is set'),
        ...twoColumns('  $RUNNER_TOOL_CACHE', `where runtimes are found and installed (default $XDG_CACHE_HOME/wasi-probe/tool-cache, ` +
            `else ~/.cache/wasi-probe/tool-cache; here ${defaultToolCache(env)})`),
        ...twoColumns('  $RUNNER_TEMP', `where runs keep their scratch files (default the system's, here ${(0,external_node_os_.tmpdir)()})`)
    ];
}
/** The help, with the defaults this environment gives. */
function helpText(env = process.env) {
    return [
        'Usage: wasi-probe [options]',
        '',
        'Which WebAssembly runtimes can run WASI programs on this machine? Runs small',
        'embedded modules natively (binfmt_misc) and through every runtime found on',
        'PATH or in the tool cache, and prints the support matrix.',
        '',
        'Options:',
        ...flagLines([...INPUT_FLAGS, ...CLI_FLAGS]),
        '',
        'Values:',
        ...valueLines(),
        '',
        'Environment:',
        ...environmentLines(env),
        '',
        'Exit status: 0 done, 1 the --fail-on rule failed (or the probe could not',
        'finish), 2 bad options, 130 interrupted (SIGINT or SIGTERM: every runtime',
        'is stopped, and what finished is printed and written).'
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/cli/unregister.ts
// `wasi-probe --native unregister`: removes the binfmt_misc entry the CLI
// registered, and no other, saying which of wasi-probe's other entries stay.


/** Exit status 0 when the entry is gone (or was never there), 1 when it could not be removed. */
function unregister(out, say) {
    const outcome = unregisterNative(CLI_ENTRY_NAME);
    if (outcome.removed)
        out.write(`Removed the binfmt_misc entry ${CLI_ENTRY_NAME}.\n`);
    else if (outcome.absent)
        out.write(`No binfmt_misc entry ${CLI_ENTRY_NAME} is registered: nothing to remove.\n`);
    else
        say(`the binfmt_misc entry ${CLI_ENTRY_NAME} could not be removed: ${outcome.reason}`);
    const scan = scanBinfmt();
    const others = scan.state === 'scanned'
        ? scan.entries
            .map((entry) => entry.name)
            .filter((name) => isOurEntryName(name) && name !== CLI_ENTRY_NAME)
        : [];
    if (others.length > 0)
        out.write(`These wasi-probe entries stay, registered by action runs (with native-keep: true) or older versions: ${others.join(', ')}. ` +
            `Remove one with: echo -1 | sudo tee ${BINFMT_DIR}/<name>\n`);
    return outcome.removed || outcome.absent ? 0 : 1;
}

;// CONCATENATED MODULE: ./src/cli/run.ts
// `npx wasi-probe`: the same engine as the action, printing a table or JSON.















/** The options parseArgs takes: every flag, a switch as a boolean, a repeatable one as multiple strings. */
function argOptions() {
    const options = {};
    for (const flag of INPUT_FLAGS)
        options[flag.name.slice(2)] = {
            type: flag.whenSet ? 'boolean' : 'string',
            ...(flag.multiple ? { multiple: true } : {})
        };
    for (const flag of CLI_FLAGS)
        options[flag.name.slice(2)] = { type: 'boolean', ...(flag.short ? { short: flag.short.slice(1) } : {}) };
    return options;
}
/** The raw inputs the flags give, as the action's inputs would give them. */
function rawInputs(values) {
    const raw = {};
    for (const flag of INPUT_FLAGS) {
        const value = values[flag.name.slice(2)];
        if (value === undefined)
            continue;
        raw[flag.key] = flag.whenSet
            ? value
                ? flag.whenSet
                : undefined
            : Array.isArray(value)
                ? value.join('\n')
                : String(value);
    }
    return raw;
}
/**
 * A line for the terminal and, when the CLI runs in a workflow step, for its
 * log: text from outside (a path, a runtime's words) neither steers the
 * terminal nor reads as a workflow command.
 */
const guarded = (line) => notACommand(oneLine(line));
/**
 * @actions/tool-cache logs through @actions/core and @actions/exec, which
 * write workflow commands and tar's command line to stdout. In the CLI stdout
 * is ours (the table or the JSON): send the rest to stderr, each line guarded,
 * without the debug lines.
 */
function keepStdoutForOurOutput() {
    const write = process.stdout.write;
    process.stdout.write = ((chunk) => {
        const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
        const kept = text
            .split(/(?<=\n)/)
            .filter((line) => !line.startsWith('::debug::'))
            .map((line) => (line.endsWith('\n') ? `${guarded(line.slice(0, -1))}\n` : guarded(line)))
            .join('');
        return kept === '' ? true : process.stderr.write(kept);
    });
    return () => {
        process.stdout.write = write;
    };
}
/**
 * The flags as given, read leniently: after a strict reading failed, what
 * --json, --result-path and --label say is still known.
 */
function leniently(argv) {
    return (0,external_node_util_.parseArgs)({ args: argv, options: argOptions(), strict: false, allowPositionals: true }).values;
}
/** A run that could not happen, under the label asked for when it is one line. */
function refusedResult(message, values) {
    const label = typeof values.label === 'string' ? values.label.trim() : '';
    // eslint-disable-next-line no-control-regex -- a label with control characters is a bad input itself
    const usable = label !== '' && !/[\u0000-\u001f]/.test(label);
    const host = { ...detectHost(), ...(usable ? { label } : {}) };
    return failedRunResult(message, { rule: 'not evaluated', ok: false, message }, host);
}
async function run(argv, out = process.stdout, err = process.stderr) {
    /** `wasi-probe: ` and each message on a line of its own, guarded. */
    const say = (...messages) => err.write(messages.map((message) => `${guarded(`wasi-probe: ${message}`)}\n`).join(''));
    /** Writes the result file (a failed result also goes there); false when it could not be written. */
    const writeResult = (path, result) => {
        try {
            writeResultFile(path, result);
            return true;
        }
        catch (error) {
            say(`could not write the result file ${path}: ${error instanceof Error ? error.message : error}`);
            return false;
        }
    };
    /**
     * Nothing was probed: the problems are said, and the result file (and
     * --json) hold them too, so that a script reading either learns why.
     */
    const refuse = (status, problems, values) => {
        say(...problems);
        const result = refusedResult(problems.join('\n'), values);
        if (typeof values['result-path'] === 'string' && values['result-path'].trim() !== '')
            writeResult(values['result-path'].trim(), result);
        if (values.json === true)
            out.write(`${terminalJson(result)}\n`);
        return status;
    };
    let values;
    try {
        values = (0,external_node_util_.parseArgs)({ args: argv, options: argOptions(), strict: true, allowPositionals: false }).values;
    }
    catch (error) {
        const status = refuse(2, [String(error instanceof Error ? error.message : error)], leniently(argv));
        err.write("Try 'wasi-probe --help'.\n");
        return status;
    }
    if (values.help) {
        out.write(`${helpText(process.env)}\n`);
        return 0;
    }
    if (values.version) {
        out.write(`${TOOL_VERSION}\n`);
        return 0;
    }
    if (typeof values.native === 'string' && values.native.trim().toLowerCase() === UNREGISTER) {
        const others = Object.keys(values).filter((name) => name !== 'native' && values[name] !== undefined);
        if (others.length > 0)
            return refuse(2, [
                `--native ${UNREGISTER} removes the entry the CLI registered and probes nothing: give it alone, without --${others.join(', --')}.`
            ], values);
        return unregister(out, say);
    }
    const token = TOKEN_VARIABLES.map((name) => process.env[name]).find(Boolean) ?? '';
    let plan;
    try {
        plan = parsePlan({
            ...rawInputs(values),
            // The CLI has no post step: what it registers stays, until --native unregister.
            nativeKeep: 'true',
            token: values.token ?? token
        }, () => '', (key) => cliInputName(PROBE_INPUTS, key));
    }
    catch (error) {
        if (!(error instanceof InputError))
            throw error;
        return refuse(2, error.problems, values);
    }
    // @actions/tool-cache reads these from the process itself.
    const env = runnerLikeEnv(process.env);
    process.env.RUNNER_TEMP = env.RUNNER_TEMP;
    process.env.RUNNER_TOOL_CACHE = env.RUNNER_TOOL_CACHE;
    let result;
    const restoreStdout = keepStdoutForOurOutput();
    // Ctrl-C: every runtime is stopped, and what finished is still printed.
    const cancellation = cancelOnSignals((signal) => say(`${signal}: stopping every runtime; what finished is printed`), () => process.exit(EXIT_CANCELLED));
    try {
        result = await runProbe(plan, {
            env,
            nameOf: (key) => cliInputName(PROBE_INPUTS, key),
            warn: (message) => say(`warning: ${message}`),
            // One name for what the CLI registers: a second run replaces it, and --native unregister knows it.
            ...(plan.native ? { binfmtEntry: CLI_ENTRY_NAME } : {})
        });
        if (cancellation.signal)
            result = {
                ...result,
                error: `cancelled (${cancellation.signal}): what had not finished by then is an error`
            };
    }
    catch (error) {
        if (error instanceof InputError)
            return refuse(2, error.problems, values);
        return refuse(1, [`could not finish: ${error instanceof Error ? error.message : error}`], values);
    }
    finally {
        cancellation.dispose();
        restoreStdout();
    }
    const shown = values.json
        ? terminalJson(result)
        : values.runners
            ? terminalJson(result.runners ?? {})
            : terminalTable(result);
    out.write(`${shown}\n`);
    const registered = result.native.registered;
    if (registered)
        say(`registered the binfmt_misc entry ${registered.entry} (interpreter ${registered.interpreter}): ` +
            `it stays registered after this run; wasi-probe --native ${UNREGISTER} removes it`);
    const written = plan.resultPath ? writeResult(plan.resultPath, result) : true;
    if (cancellation.signal)
        return EXIT_CANCELLED;
    // As the action's step: a runtime --install was asked to install and could not fails the run, after its results.
    const notInstalled = installsFailingTheStep(plan, result.runtimes);
    for (const { id, reason } of notInstalled)
        say(`${id} could not be installed: ${oneLine(reason)}`);
    return result.failOn.ok && written && notInstalled.length === 0 ? 0 : 1;
}
/** The status of a run stopped by a signal, as a shell reports one ended by SIGINT. */
const EXIT_CANCELLED = 130;


/***/ }),

/***/ 8431:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ isInside)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/** True when `path` is `root` or below it (both absolute; neither resolved here). */
function isInside(path, root) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(root, path);
    return rel === '' || (!(0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(rel) && rel.split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep)[0] !== '..');
}


/***/ }),

/***/ 1666:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EY: () => (/* binding */ wasiVersionOf),
/* harmony export */   LA: () => (/* binding */ readModuleKind)
/* harmony export */ });
/* unused harmony exports READ_LIMIT, SECTIONS_LIMIT */
/** At most this many bytes are asked of a module: its headers and its import and export sections. */
const READ_LIMIT = 16 * 1024 * 1024;
/** At most this many top-level sections are walked (real modules and components have tens). */
const SECTIONS_LIMIT = 10_000;
const MAGIC = [0x00, 0x61, 0x73, 0x6d];
const CORE_VERSION = [0x01, 0x00, 0x00, 0x00];
const COMPONENT_VERSION = [0x0d, 0x00, 0x01, 0x00];
const CORE_IMPORT_SECTION = 2;
const CORE_EXPORT_SECTION = 7;
const COMPONENT_IMPORT_SECTION = 10;
const COMPONENT_EXPORT_SECTION = 11;
/** The import modules of WASI preview1 (and of its earlier snapshot, `wasi_unstable`). */
const PREVIEW1_MODULES = ['wasi_snapshot_preview1', 'wasi_unstable'];
/** A name of a WASI interface, such as `wasi:cli/run@0.2.0`: its package, interface and version. */
const WASI_INTERFACE = /^wasi:([a-z][a-z0-9-]*)\/([a-z][a-z0-9-]*)@(\d+)\.(\d+)\.\d+/;
const UTF8 = new TextDecoder('utf-8', { fatal: true });
/** Why the bytes cannot be read, thrown inside the reader and returned as its problem. */
class Malformed extends Error {
}
/** The module asks for more reading than the reader does. */
class OverLimit extends Error {
}
const hex = (bytes) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join(' ');
const same = (bytes, expected, at = 0) => expected.every((b, i) => bytes[at + i] === b);
/** Reads a section's content from memory, every read checked against its end. */
class Cursor {
    bytes;
    base;
    at = 0;
    constructor(bytes, 
    /** Where the content starts in the file, for the messages. */
    base) {
        this.bytes = bytes;
        this.base = base;
    }
    get done() {
        return this.at >= this.bytes.length;
    }
    /** How many bytes were read. */
    get position() {
        return this.at;
    }
    fail(what) {
        throw new Malformed(`${what} at byte ${this.base + this.at}`);
    }
    byte() {
        if (this.at >= this.bytes.length)
            this.fail('the section ends early');
        return this.bytes[this.at++];
    }
    /** An unsigned LEB128 of at most 32 bits. */
    u32() {
        let value = 0;
        for (let i = 0; i < 5; i++) {
            const b = this.byte();
            value += (b & 0x7f) * 2 ** (7 * i);
            if ((b & 0x80) === 0) {
                if (value > 0xffff_ffff)
                    this.fail('a number is larger than 32 bits');
                return value;
            }
        }
        return this.fail('a number is longer than 5 bytes');
    }
    /** Any LEB128 of at most `maxBytes` bytes, whose value is not needed (s33, u64). */
    skipLeb(maxBytes) {
        for (let i = 0; i < maxBytes; i++)
            if ((this.byte() & 0x80) === 0)
                return;
        this.fail(`a number is longer than ${maxBytes} bytes`);
    }
    name() {
        const length = this.u32();
        if (length > this.bytes.length - this.at)
            this.fail('a name runs past the end of its section');
        const start = this.at;
        this.at += length;
        try {
            return UTF8.decode(this.bytes.subarray(start, this.at));
        }
        catch {
            this.at = start;
            return this.fail('a name is not UTF-8');
        }
    }
    unknown(what, value) {
        this.at -= 1;
        return this.fail(`unknown ${what} 0x${value.toString(16).padStart(2, '0')}`);
    }
}
/** A module's bytes with a budget: asking past READ_LIMIT is a problem. */
class Budgeted {
    source;
    spent = 0;
    constructor(source) {
        this.source = source;
    }
    get size() {
        return this.source.size;
    }
    read(offset, length) {
        this.spent += length;
        if (this.spent > READ_LIMIT)
            throw new OverLimit(`its headers and import and export sections hold more than ${READ_LIMIT / 2 ** 20} MiB`);
        const bytes = this.source.read(offset, length);
        if (bytes.length < length)
            throw new Malformed(`the file ends at byte ${offset + bytes.length}, early`);
        return bytes;
    }
}
/** The sections after the preamble: id, where the content starts, and its size. */
function* sections(source) {
    let at = 8;
    let count = 0;
    while (at < source.size) {
        if (++count > SECTIONS_LIMIT)
            throw new OverLimit(`it has more than ${SECTIONS_LIMIT} sections`);
        // A header is an id byte and a LEB128 size: at most 6 bytes, fewer at the end of the file.
        const header = new Cursor(source.read(at, Math.min(6, source.size - at)), at);
        const id = header.byte();
        const size = header.u32();
        const start = at + header.position;
        if (size > source.size - start)
            throw new Malformed(`section ${id} at byte ${at} runs past the end of the file (${size} bytes from byte ${start})`);
        yield { id, start, size };
        at = start + size;
    }
}
/** A reference type: one byte, or (ref null? heaptype) with a heap type as an s33, maybe marked shared. */
function refType(c, first = c.byte()) {
    if (first === 0x63 || first === 0x64) {
        let heap = c.byte();
        if (heap === 0x65)
            heap = c.byte();
        if (heap & 0x80)
            c.skipLeb(4);
    }
    else if (first < 0x68 || first > 0x75)
        c.unknown('reference type', first);
}
function valueType(c) {
    const b = c.byte();
    if (b < 0x7b || b > 0x7f)
        refType(c, b);
}
/** Limits of a table or memory: flags (a maximum, shared, 64-bit, a page size), then the numbers. */
function limits(c) {
    const flags = c.byte();
    if (flags > 0x0f)
        c.unknown('limits flag', flags);
    c.skipLeb(10);
    if (flags & 0x01)
        c.skipLeb(10);
    if (flags & 0x08)
        c.skipLeb(5);
}
/** The module names of a core import section, each once, in order. */
function coreImportModules(c) {
    const modules = new Set();
    for (let count = c.u32(); count > 0; count--) {
        modules.add(c.name());
        c.name();
        const kind = c.byte();
        if (kind === 0x00)
            c.u32();
        else if (kind === 0x01) {
            refType(c);
            limits(c);
        }
        else if (kind === 0x02)
            limits(c);
        else if (kind === 0x03) {
            valueType(c);
            c.byte();
        }
        else if (kind === 0x04) {
            const attribute = c.byte();
            if (attribute !== 0x00)
                c.unknown('tag attribute', attribute);
            c.u32();
        }
        else
            c.unknown('import kind', kind);
    }
    return [...modules];
}
/** The names of the functions a core export section exports. */
function coreExportedFunctions(c) {
    const functions = [];
    for (let count = c.u32(); count > 0; count--) {
        const name = c.name();
        const kind = c.byte();
        if (kind > 0x04)
            c.unknown('export kind', kind);
        c.u32();
        if (kind === 0x00)
            functions.push(name);
    }
    return functions;
}
/**
 * An import's or export's name in a component: 0x00 and the name, or 0x01 and
 * the name, which older encoders wrote for interface names (`a:b/c`) and which
 * wasm-tools still reads as the same.
 */
function externName(c) {
    const prefix = c.byte();
    if (prefix !== 0x00 && prefix !== 0x01)
        c.unknown('name prefix', prefix);
    return c.name();
}
/** What a component imports or exports as: a core module, a function, a value, a type, a component or an instance. */
function externDesc(c) {
    const kind = c.byte();
    if (kind === 0x00) {
        const sort = c.byte();
        if (sort !== 0x11)
            c.unknown('core sort of an import', sort);
        c.u32();
    }
    else if (kind === 0x01 || kind === 0x04 || kind === 0x05)
        c.u32();
    else if (kind === 0x02) {
        const bound = c.byte();
        if (bound === 0x00)
            c.u32();
        else if (bound === 0x01)
            c.skipLeb(5);
        else
            c.unknown('value bound', bound);
    }
    else if (kind === 0x03) {
        const bound = c.byte();
        if (bound === 0x00)
            c.u32();
        else if (bound !== 0x01)
            c.unknown('type bound', bound);
    }
    else
        c.unknown('import kind', kind);
}
function componentImports(c) {
    const names = [];
    for (let count = c.u32(); count > 0; count--) {
        names.push(externName(c));
        externDesc(c);
    }
    return names;
}
function componentExports(c) {
    const names = [];
    for (let count = c.u32(); count > 0; count--) {
        names.push(externName(c));
        const sort = c.byte();
        if (sort === 0x00)
            c.byte();
        else if (sort > 0x05)
            c.unknown('export sort', sort);
        c.u32();
        const typed = c.byte();
        if (typed === 0x01)
            externDesc(c);
        else if (typed !== 0x00)
            c.unknown('export type flag', typed);
    }
    return names;
}
/** The WASI level of a name such as `wasi:cli/run@0.3.0`, or undefined for any other name. */
function levelOf(name) {
    const match = WASI_INTERFACE.exec(name);
    if (!match || match[3] !== '0')
        return undefined;
    return match[4] === '2' ? '0.2' : match[4] === '3' ? '0.3' : undefined;
}
/** Of `names`, the first of the highest WASI level. */
const highest = (names) => names.find((name) => levelOf(name) === '0.3') ?? names.find((name) => levelOf(name) === '0.2') ?? names[0];
const RUN_EXPORT = /^wasi:cli\/run@/;
/** What a wasi:http service exports: incoming-handler in WASI 0.2, handler in 0.3. */
const HTTP_HANDLER_EXPORT = /^wasi:http\/(incoming-handler|handler)@/;
function classifyCore(source) {
    const modules = [];
    const functions = [];
    for (const { id, start, size } of sections(source)) {
        if (id !== CORE_IMPORT_SECTION && id !== CORE_EXPORT_SECTION)
            continue;
        const c = new Cursor(source.read(start, size), start);
        if (id === CORE_IMPORT_SECTION)
            modules.push(...coreImportModules(c));
        else
            functions.push(...coreExportedFunctions(c));
        if (!c.done)
            throw new Malformed(`section ${id} at byte ${start} has bytes after its last entry`);
    }
    const imports = [...new Set(modules)].filter((module) => PREVIEW1_MODULES.includes(module));
    const run = ['_start', '_initialize'].find((name) => functions.includes(name)) ?? null;
    return { kind: 'core', wasi: imports.length > 0 ? 'preview1' : 'none', run, imports };
}
function classifyComponent(source) {
    const imports = [];
    const exports = [];
    for (const { id, start, size } of sections(source)) {
        if (id !== COMPONENT_IMPORT_SECTION && id !== COMPONENT_EXPORT_SECTION)
            continue;
        const c = new Cursor(source.read(start, size), start);
        if (id === COMPONENT_IMPORT_SECTION)
            imports.push(...componentImports(c));
        else
            exports.push(...componentExports(c));
        if (!c.done)
            throw new Malformed(`section ${id} at byte ${start} has bytes after its last entry`);
    }
    const levels = new Set([...imports, ...exports].map(levelOf));
    const wasi = levels.has('0.3') ? '0.3' : levels.has('0.2') ? '0.2' : 'none';
    const serves = highest(exports.filter((name) => HTTP_HANDLER_EXPORT.test(name)));
    return {
        kind: 'component',
        wasi,
        run: highest(exports.filter((name) => RUN_EXPORT.test(name))) ?? null,
        ...(serves ? { serves } : {}),
        imports: [...new Set(imports.filter((name) => name.startsWith('wasi:')))]
    };
}
const inMemory = (bytes) => ({
    size: bytes.length,
    read: (offset, length) => bytes.subarray(offset, offset + length)
});
/** `bytes` as hex, and as text too when they are printable ASCII (a text file, a script). */
function shown(bytes) {
    const text = Array.from(bytes).every((b) => b >= 0x20 && b < 0x7f);
    return `${hex(bytes)}${text ? ` (${JSON.stringify(String.fromCharCode(...bytes))})` : ''}`;
}
/** What `input` is: a core module or a component, and of which WASI; or why that cannot be told. */
function readModuleKind(input) {
    const source = new Budgeted(input instanceof Uint8Array ? inMemory(input) : input);
    let what = 'WebAssembly binary';
    try {
        if (source.size < 8)
            return {
                problem: `is not WebAssembly: it holds ${source.size} byte${source.size === 1 ? '' : 's'}, and a module starts with 8 (\\0asm and its version)`
            };
        const preamble = source.read(0, 8);
        if (!same(preamble, MAGIC))
            return {
                problem: `is not WebAssembly: it starts with ${shown(preamble.subarray(0, 4))}, not 00 61 73 6d (\\0asm)`
            };
        if (same(preamble, CORE_VERSION, 4)) {
            what = 'core module';
            return { classification: classifyCore(source) };
        }
        if (same(preamble, COMPONENT_VERSION, 4)) {
            what = 'component';
            return { classification: classifyComponent(source) };
        }
        return {
            problem: `is WebAssembly of version ${hex(preamble.subarray(4))}, which no runtime here reads; accepted: ${hex(CORE_VERSION)} (a core module), ${hex(COMPONENT_VERSION)} (a component)`
        };
    }
    catch (error) {
        if (error instanceof Malformed)
            return { problem: `is not a valid WebAssembly ${what}: ${error.message}` };
        if (error instanceof OverLimit)
            return { problem: `is a WebAssembly ${what} too large to read: ${error.message}` };
        return { problem: `cannot be read: ${error instanceof Error ? error.message : String(error)}` };
    }
}
/**
 * The WASI version a runtime must run to run a module of this classification:
 * a core module is what preview1 runtimes run, WASI imports or not; a
 * component needs the component runtimes of its level (0.2 when it imports
 * and exports no WASI interface of a known version).
 */
function wasiVersionOf(classification) {
    if (classification.kind === 'core')
        return 'wasm32-wasip1';
    return classification.wasi === '0.3' ? 'wasm32-wasip3' : 'wasm32-wasip2';
}


/***/ }),

/***/ 2666:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

// ESM COMPAT FLAG
__nccwpck_require__.r(__webpack_exports__);

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  expectationFor: () => (/* binding */ expectationFor),
  loadExpectations: () => (/* binding */ loadExpectations),
  parseExpectations: () => (/* binding */ parseExpectations)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/error.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
function getLineColFromPtr(string, ptr) {
    let lines = string.slice(0, ptr).split(/\r?\n/);
    return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
    let lines = string.split(/\r?\n/);
    let codeblock = '';
    let numberLen = (Math.log10(line + 1) | 0) + 1;
    for (let i = line - 1; i <= line + 1; i++) {
        let l = lines[i - 1];
        if (!l)
            continue;
        codeblock += i.toString().padEnd(numberLen, ' ');
        codeblock += ':  ';
        codeblock += l;
        codeblock += '\n';
        if (i === line) {
            codeblock += ' '.repeat(numberLen + column + 2);
            codeblock += '^\n';
        }
    }
    return codeblock;
}
class TomlError extends Error {
    line;
    column;
    codeblock;
    constructor(message, options) {
        const [line, column] = getLineColFromPtr(options.toml, options.ptr);
        const codeblock = makeCodeBlock(options.toml, line, column);
        super(`Invalid TOML document: ${message}\n\n${codeblock}`, options);
        this.line = line;
        this.column = column;
        this.codeblock = codeblock;
    }
    /** @internal */
    static x(message, ctx, ptr) {
        throw new TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/primitive.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */

/** @internal */
function parseString(ctx) {
    let startPtr = ctx.p;
    let c = ctx.s.charCodeAt(ctx.p++);
    let first = c;
    let isLiteral = c === 0x27; /* ' */
    let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
    if (isMultiline) {
        // Trim initial newline
        if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 0xa /* \n */)
            ctx.p++;
        else if (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */)
            ctx.p += 2;
    }
    // For the record: it is not worth it to use a fast-path for literal strings using `indexOf`.
    // Doing a char-by-char iteration ends up dispatching less instructions, for the same wall-clock runtime.
    let parsed = '';
    let sliceStart = ctx.p;
    // states:
    //   0 - decoding
    //   1 - decoding escape
    //   2 - whitespace escape (no newline encountered yet, must fail on non-whitespace)
    //   3 - whitespace escape (newline encountered, allowed to transition back to normal decode)
    let state = 0;
    for (; ctx.p < ctx.s.length; ctx.p++) {
        c = ctx.s.charCodeAt(ctx.p);
        // Deal with newlines first, since that simplifies control character checking and handling across all states
        if (isMultiline && (c === 0xa /* \n */ || (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */))) {
            state = state && 3;
        }
        // Control characters are banned in TOML, so we throw an error if we encounter them
        else if ((c < 0x20 && c !== 0x9 /* \t */) || c === 0x7f) {
            TomlError.x('control characters are not allowed in strings', ctx);
        }
        // The string might terminate while we're parsing through a newline escape.
        // It must have encountered a newline; otherwise, it'll simply fail in another branch.
        else if ((!state || state === 3) && c === first && (!isMultiline || (ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first))) {
            if (isMultiline) {
                // If the string ends with 4-5 quotes, then the first 1-2 are part of the string
                if (ctx.s.charCodeAt(ctx.p + 3) === first)
                    ctx.p++;
                if (ctx.s.charCodeAt(ctx.p + 3) === first)
                    ctx.p++;
            }
            // If we're in a newline escape still, then there's nothing to add.
            if (!state) {
                // Avoid a useless concat operation if the string can be used as-is.
                let s = ctx.s.slice(sliceStart, ctx.p);
                parsed = parsed ? parsed + s : s;
            }
            ctx.p += isMultiline ? 3 : 1;
            return parsed;
        }
        // Baseline state; keep moving forward unless an escape sequence starts
        else if (!state) {
            if (!isLiteral && c === 0x5c /* \ */) {
                parsed += ctx.s.slice(sliceStart, (sliceStart = ctx.p));
                state = 1;
            }
        }
        else if (state === 1) {
            if (c === 0x78 /* x */ || c === 0x75 /* u */ || c === 0x55 /* U */) { // Unicode escape
                let errPtr = ctx.p++ - 1;
                let value = 0;
                let len = c === 0x78 /* x */ ? 2 : c === 0x75 /* u */ ? 4 : 8;
                for (let j = 0; j < len; j++, ctx.p++) {
                    let hex = ctx.s.charCodeAt(ctx.p);
                    let digit = 
                    /* 0-9 */ hex >= 0x30 && hex <= 0x39 ? hex - 0x30 :
                        /* A-F */ hex >= 0x41 && hex <= 0x46 ? hex - 0x41 + 10 :
                            /* a-f */ hex >= 0x61 && hex <= 0x66 ? hex - 0x61 + 10 : -1;
                    if (digit < 0)
                        TomlError.x('invalid non-hex character in unicode escape', ctx);
                    value = (value << 4) | digit;
                }
                // Because JS does bitwise on signed 32bit integers, all 0xfzzzzzzz values are actually seen as negative
                if (value < 0 || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) {
                    TomlError.x('invalid unicode escape', ctx, errPtr);
                }
                parsed += String.fromCodePoint(value);
                sliceStart = ctx.p--;
                state = 0;
            }
            // Newline escape sequence. We only need to care about spaces and tabs; newlines are dealt with earlier
            else if (isMultiline && (c === 0x20 || c === 0x9 /* \t */)) {
                state = 2;
            }
            // Basic escape sequence
            else {
                if (c === 0x62 /* b */)
                    parsed += '\b';
                else if (c === 0x74 /* t */)
                    parsed += '\t';
                else if (c === 0x6e /* n */)
                    parsed += '\n';
                else if (c === 0x66 /* f */)
                    parsed += '\f';
                else if (c === 0x72 /* r */)
                    parsed += '\r';
                else if (c === 0x65 /* e */)
                    parsed += '\x1b';
                else if (c === 0x22 /* " */)
                    parsed += '"';
                else if (c === 0x5c /* \ */)
                    parsed += '\\';
                else
                    TomlError.x('unrecognised escape sequence', ctx);
                sliceStart = ctx.p + 1;
                state = 0;
            }
        }
        // Newline escape continuation: keep moving forward until the first non-whitespace char
        else if (c !== 0x20 && c !== 0x9 /* \t */) {
            if (state === 2)
                TomlError.x('invalid escape: only line-ending whitespace may be escaped', ctx, sliceStart);
            // State cannot be zero, or we'd have branched earlier already.
            // If it's a backslash, immediately transition to the escape state so it can be processed.
            state = !isLiteral && c === 0x5c /* \ */ ? 1 : 0;
            sliceStart = ctx.p;
        }
    }
    TomlError.x('unfinished string', ctx, startPtr);
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/date.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
let DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
class TomlDate extends Date {
    #hasDate = false;
    #hasTime = false;
    #offset = null;
    constructor(date, fasttype, unsafeDelim) {
        let hasDate = true;
        let hasTime = true;
        let offset = 'Z';
        let c;
        if (typeof date === 'string') {
            if (fasttype)
                prep: {
                    // Date-time
                    if (fasttype < 3) {
                        if (+date.slice(11, 13) > 23) {
                            date = '';
                            break prep;
                        }
                        // Local
                        if (fasttype === 2) {
                            offset = null;
                            date += 'Z';
                        }
                        // Offset; keep track of offset if not Z
                        else if ((c = date.charCodeAt(date.length - 1)) !== 0x5a /* Z */ && c !== 0x7a /* z */) {
                            offset = date.slice(date.length - 6);
                        }
                        if (unsafeDelim)
                            date = date.slice(0, 10) + 'T' + date.slice(11);
                    }
                    // Time
                    else if (fasttype === 4) {
                        date = +date.slice(0, 2) > 23 ? '' : `0000-01-01T${date}Z`;
                    }
                    hasDate = fasttype !== 4;
                    hasTime = fasttype !== 3;
                }
            else {
                let match = date.match(DATE_TIME_RE);
                if (match) {
                    if (!match[1]) {
                        hasDate = false;
                        date = `0000-01-01T${date}`;
                    }
                    hasTime = !!match[2];
                    // Make sure to use T instead of a space. Breaks in case of extreme values otherwise.
                    hasTime && date[10] === ' ' && (date = date.replace(' ', 'T'));
                    // Do not allow rollover hours.
                    if (match[2] && +match[2] > 23) {
                        date = '';
                    }
                    else {
                        offset = match[3] || null;
                        if (!offset && hasTime)
                            date += 'Z';
                    }
                }
                else {
                    date = '';
                }
            }
        }
        super(date);
        if (!isNaN(this.getTime())) {
            this.#hasDate = hasDate;
            this.#hasTime = hasTime;
            this.#offset = offset;
        }
    }
    isDateTime() {
        return this.#hasDate && this.#hasTime;
    }
    isLocal() {
        return !this.#hasDate || !this.#hasTime || !this.#offset;
    }
    isDate() {
        return this.#hasDate && !this.#hasTime;
    }
    isTime() {
        return this.#hasTime && !this.#hasDate;
    }
    isValid() {
        return this.#hasDate || this.#hasTime;
    }
    toISOString() {
        let iso = super.toISOString();
        // Local Date
        if (this.isDate())
            return iso.slice(0, 10);
        // Local Time
        if (this.isTime())
            return iso.slice(11, 23);
        // Local DateTime
        if (this.#offset === null)
            return iso.slice(0, -1);
        // Offset DateTime
        if (this.#offset === 'Z' || this.#offset === 'z')
            return iso;
        // This part is quite annoying: JS strips the original timezone from the ISO string representation
        // Instead of using a "modified" date and "Z", we restore the representation "as authored"
        let offset = (+(this.#offset.slice(1, 3)) * 60) + +(this.#offset.slice(4, 6));
        offset = this.#offset[0] === '-' ? offset : -offset;
        let offsetDate = new Date(this.getTime() - (offset * 60e3));
        return offsetDate.toISOString().slice(0, -1) + this.#offset;
    }
    static wrapAsOffsetDateTime(jsDate, offset = 'Z') {
        let date = new TomlDate(jsDate);
        date.#offset = offset;
        return date;
    }
    static wrapAsLocalDateTime(jsDate) {
        let date = new TomlDate(jsDate);
        date.#offset = null;
        return date;
    }
    static wrapAsLocalDate(jsDate) {
        let date = new TomlDate(jsDate);
        date.#hasTime = false;
        date.#offset = null;
        return date;
    }
    static wrapAsLocalTime(jsDate) {
        let date = new TomlDate(jsDate);
        date.#hasDate = false;
        date.#offset = null;
        return date;
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/extract.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




function isDigit(char, base = 10) {
    return base === 16
        ? (char > 0x2f && char < 0x3a) || (char > 0x40 && char < 0x47) || (char > 0x60 && char < 0x67)
        : (char > 0x2f && char < 0x30 + base);
}
function isEndOfValue(char, delim) {
    // Whitespace -- we're permissive on `\r` for performance; it'll be dealt with later anyway
    return char === 0x20 || char === 0x9 /* \t */ || char === 0xa /* \n */ || char === 0xd /* \r */ ||
        // Structure end or next value delimiter
        (delim && (char === delim || char === 0x2c /* , */)) ||
        // Comment
        char === 0x23; /* # */
}
/** @internal */
function extractValue(ctx, end) {
    let errPtr = ctx.p;
    let c = ctx.s.charCodeAt(ctx.p);
    // Structs
    if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
        ctx.d-- || TomlError.x('document contains excessively nested structures. aborting.', ctx);
        let value = c === 0x5b /* [ */
            ? parseArray(ctx)
            : parseInlineTable(ctx);
        ctx.d++;
        return value;
    }
    // Strings
    if (c === 0x22 /* " */ || c === 0x27 /* ' */) {
        return parseString(ctx);
    }
    // Booleans
    // We can fast-path because the first character is enough to know the only possible value
    if (c === 0x74 /* t */) { // Only possible valid value is `true`
        if (ctx.s.charCodeAt(++ctx.p) !== 0x72 || ctx.s.charCodeAt(++ctx.p) !== 0x75 || ctx.s.charCodeAt(++ctx.p) !== 0x65)
            TomlError.x('invalid value', ctx, errPtr);
        return ctx.p++, true;
    }
    if (c === 0x66 /* f */) { // Only possible valid value is `false`
        if (ctx.s.charCodeAt(++ctx.p) !== 0x61 || ctx.s.charCodeAt(++ctx.p) !== 0x6c || ctx.s.charCodeAt(++ctx.p) !== 0x73 || ctx.s.charCodeAt(++ctx.p) !== 0x65)
            TomlError.x('invalid value', ctx, errPtr);
        return ctx.p++, false;
    }
    if (c === 0x2b /* + */ || c === 0x2d /* - */) {
        return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 0x2c - c, end);
    }
    // Rough heuristic, but `parseDate` falls back to number parsing if it's a false positive.
    // e.g.: `a = 1\n-------------- = 1` would match this heuristic, but gracefully fallback to numbers.
    if (ctx.s.charCodeAt(ctx.p + 4) === 0x2d /* - */ && ctx.s.charCodeAt(ctx.p + 7) === 0x2d /* - */) {
        return parseDate(ctx, c, end);
    }
    // Same logic as above; `parseTime` falls back to number parsing if it's a false positive.
    if (ctx.s.charCodeAt(ctx.p + 2) === 0x3a /* : */) {
        return parseTime(ctx, c, end);
    }
    return parseNumber(ctx, ctx.p, c, 0, end);
}
// State:
// 0: init
// 1: integer
// 2: fractional dot
// 3: fractional
// 4: exponent letter
// 5: exponent
// 6: exponent sign
// 7: exponent with sign
// >9: underscore; see below
//     -> 12: was integer
//     -> 14: was fractional
//     -> 16: was exponent
// states 2-5, 14, 16 are ONLY permitted iif base === 10
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
    let c = startChr;
    let state = 0;
    let hasUnderscores = false;
    // (+/-)inf
    if (c === 0x69 /* i */) {
        if (ctx.s.charCodeAt(++ctx.p) !== 0x6e || ctx.s.charCodeAt(++ctx.p) !== 0x66)
            TomlError.x('invalid value', ctx, startPtr);
        return ctx.p++, (sign || 1) / 0;
    }
    // (+/-)nan
    if (c === 0x6e /* n */) {
        if (ctx.s.charCodeAt(++ctx.p) !== 0x61 || ctx.s.charCodeAt(++ctx.p) !== 0x6e)
            TomlError.x('invalid value', ctx, startPtr);
        return ctx.p++, NaN;
    }
    // Leading zero
    // Only allowed cases: `0<EOV>`, `0.(...)`, `0e(...)`, `0x(...)`, `0b(...)`, `0o(...)`
    // FWIW, `0e(...)` is a stupid case, but it's not banned per-se so we have to parse it
    if (c === 0x30 /* 0 */) {
        if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
            return ctx.bi === true ? 0n : 0; // note: conveniently deals with `-0`
        if (!sign) {
            if (c === 0x78 /* x */)
                return parseIntegerBaseN(ctx, startPtr, 16, endChr);
            else if (c === 0x62 /* b */)
                return parseIntegerBaseN(ctx, startPtr, 2, endChr);
            else if (c === 0x6f /* o */)
                return parseIntegerBaseN(ctx, startPtr, 8, endChr);
        }
        if (c === 0x2e /* . */)
            state = 2;
        else if (c === 0x65 /* e */ || c === 0x45 /* E */)
            state = 4;
        else
            TomlError.x('illegal leading zero', ctx, startPtr);
    }
    // If the 1st char is not a digit by now, then it's not a valid TOML value at all
    else if (!isDigit(c))
        TomlError.x('invalid value', ctx, startPtr);
    while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
        if (!state)
            state = 1; // Detects single-digit numbers we can use a fast parse path for
        // The way the states are numbered is not random: underscores are always permitted in odd-numbered states and
        // never permitted in even-numbered ones.
        if (c === 0x5f /* _ */) {
            if (!(state & 1))
                TomlError.x('illegal underscore', ctx);
            state += 11; // 11 is a marker that makes the state even and greater than 9; see the numbering + rationale above
            hasUnderscores = true;
        }
        // Transition to fractional part.
        else if (state === 1 && c === 0x2e /* . */)
            state = 2;
        // Transition to exponent part.
        else if ((state === 1 || state === 3) && (c === 0x65 /* e */ || c === 0x45 /* E */))
            state = 4;
        // + and - are permitted in state 4 only (handled before entering the function for state 0)
        else if (state === 4 && (c === 0x2b /* + */ || c === 0x2d /* - */)) {
            state = 6;
        }
        // All special cases have been handled; only digits are allowed here
        else if (!isDigit(c))
            TomlError.x(`illegal character in numeric literal`, ctx);
        // Clear state flags
        else if (state > 9)
            state -= 11;
        else if (!(state & 1))
            state++;
    }
    // Single-char number; we can fast-path these very easily.
    if (!state) {
        let val = (startChr - 0x30 /* 0 */) * (sign || 1);
        return ctx.bi === true ? BigInt(val) : val;
    }
    // Even-numbered states absolutely require a digit next; not even end of value is permitted
    if (!(state & 1))
        TomlError.x('unfinished numeric value', ctx, startPtr);
    let str = ctx.s.slice(startPtr, ctx.p);
    if (hasUnderscores)
        str = str.replaceAll('_', ''); // perf: replaceAll 1.25x faster than replace with a regex
    return state > 1
        ? parseFloat(str)
        : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
    let c, underscore = 1;
    while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
        if (c === 0x5f /* _ */) {
            if (underscore & 1)
                TomlError.x('illegal underscore', ctx);
            underscore = 3;
        }
        // We only need to check if the number is a valid digit, nothing else is permitted
        else if (!isDigit(c, base))
            TomlError.x(`illegal character in numeric literal`, ctx);
        // Clear underscore flag
        else if (underscore & 1)
            underscore--;
    }
    // Trailing underscore is not allowed
    if (underscore & 1)
        TomlError.x('unfinished numeric value', ctx);
    let str = ctx.s.slice(startPtr + 2, ctx.p);
    if (underscore)
        str = str.replaceAll('_', ''); // perf: replaceAll 1.25x faster than replace with a regex
    return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
    if (ctx.bi !== true)
        int: {
            let val = parseInt(str, base);
            if (!Number.isSafeInteger(val)) {
                if (ctx.bi)
                    break int;
                TomlError.x('integer value cannot be represented losslessly', ctx, startPtr);
            }
            return val;
        }
    return base === 10 ? BigInt(str) : BigInt((base === 2 ? '0b' : base === 8 ? '0o' : '0x') + str);
}
function parseDate(ctx, c, endChr) {
    let startPtr = ctx.p++, unsafeSeparator;
    if (!isDigit(c) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++)) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++)) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++))) {
        return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
    }
    ctx.p += 5;
    if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
        TomlError.x('invalid date-time: date part is malformed', ctx, startPtr);
    if (ctx.p >= ctx.s.length || (((c = ctx.s.charCodeAt(ctx.p)) !== 0x20 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 0x54 /* T */ && c !== 0x74 /* t */)) {
        let t = ctx.s.slice(startPtr, ctx.p);
        return readDate(ctx, t, 3, false, startPtr);
    }
    if (ctx.s.charCodeAt(ctx.p += 3) !== 0x3a /* : */)
        TomlError.x('invalid date-time: time part is malformed', ctx, startPtr);
    if (ctx.s.charCodeAt(ctx.p += 3) === 0x3a /* : */)
        ctx.p += 3;
    if (ctx.s.charCodeAt(ctx.p) === 0x2e /* . */)
        while (isDigit(ctx.s.charCodeAt(++ctx.p)))
            ;
    if (c = ctx.s.charCodeAt(ctx.p)) {
        if (c === 0x5a /* Z */ || c === 0x7a /* z */) {
            let t = ctx.s.slice(startPtr, ++ctx.p);
            return readDate(ctx, t, 1, unsafeSeparator, startPtr, '[+00:00]');
        }
        if (c === 0x2b /* + */ || c === 0x2d /* - */) {
            // Temporal's ZonedDateTime is weird asf when it comes to dealing with traditional offsets...
            // It's 1.2x faster to allocate a new string to pass to ZDT than use Instant.toZonedDateTimeISO
            let t = ctx.s.slice(startPtr, ctx.p += 6);
            return readDate(ctx, t, 1, unsafeSeparator, startPtr, !ctx.ld && ('[' + ctx.s.slice(ctx.p - 6, ctx.p) + ']'));
        }
    }
    let t = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
    let start = ctx.p;
    if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
        return parseNumber(ctx, --ctx.p, c, 0, endChr);
    }
    if (ctx.s.charCodeAt(ctx.p += 4) === 0x3a /* : */)
        ctx.p += 3;
    if (ctx.s.charCodeAt(ctx.p) === 0x2e /* . */)
        while (isDigit(ctx.s.charCodeAt(++ctx.p)))
            ;
    let t = ctx.s.slice(start, ctx.p);
    return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
    if (ctx.ld) {
        let date = new TomlDate(str, type, unsafeDelim);
        if (!date.isValid())
            TomlError.x('invalid date', ctx, errPtr);
        return date;
    }
    try {
        if (temporalSuffix)
            str += temporalSuffix;
        switch (type) {
            case 1: return Temporal.ZonedDateTime.from(str);
            case 2: return Temporal.PlainDateTime.from(str);
            case 3: return Temporal.PlainDate.from(str);
            case 4: return Temporal.PlainTime.from(str);
        }
    }
    catch (e) {
        TomlError.x(e instanceof Error ? e.message : '' + e, ctx, errPtr);
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/util.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */

/** @internal */
function skipComment(ctx) {
    for (; ctx.p < ctx.s.length; ctx.p++) {
        let c = ctx.s.charCodeAt(ctx.p);
        if (c === 0xa /* \n */)
            break;
        if (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */) {
            ctx.p++;
            break;
        }
        if ((c < 0x20 && c !== 0x9 /* \t */) || c === 0x7f) {
            TomlError.x('control characters are not allowed in comments', ctx);
        }
    }
}
/** @internal */
function skipVoid(ctx, banNewLines, banComments) {
    let c;
    while (ctx.p < ctx.s.length) {
        while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 0x20 ||
            c === 0x9 /* \t */ ||
            (!banNewLines &&
                (c === 0xa /* \n */ || (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */)))))
            ctx.p++;
        if (banComments || c !== 0x23 /* # */)
            break;
        skipComment(ctx);
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/struct.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




/** @internal */
function parseKey(ctx, end = 0x3d /* = */) {
    // States:
    // 0: before first char
    // 1: parsing bare key
    // 2: after key component
    let startPtr;
    let state = 0;
    let parsed = [];
    let sliceStart;
    let c = ctx.s.charCodeAt(startPtr = ctx.p);
    do {
        // End of key
        if (c === end) {
            if (!state)
                TomlError.x('unexpected end of key', ctx);
            if (state === 1)
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
            return ctx.p++, parsed;
        }
        // Dotted key separator
        else if (c === 0x2e /* . */) {
            if (!state)
                TomlError.x('illegal empty bare key', ctx);
            if (state === 1)
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
            state = 0;
        }
        // Quoted key
        else if (!state && (c === 0x22 /* " */ || c === 0x27 /* ' */)) {
            if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
                TomlError.x('illegal quoted key: multiline strings are not allowed', ctx);
            parsed.push(parseString(ctx));
            state = 2;
            ctx.p--;
        }
        // Whitespace; no-op in state 0 and 2, end of bare key in state 1
        else if (c === 0x20 || c === 0x9 /* \t */) {
            if (state === 1) {
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
                state = 2;
            }
        }
        // If state is post-key, no character is allowed; otherwise ensure it's a bare-key component
        else if (state === 2 || (c < 0x30 && c !== 0x2d /* - */) || (c > 0x39 && c < 0x41) || (c > 0x5a && c < 0x61 && c !== 0x5f /* _ */) || c > 0x7a) {
            TomlError.x('illegal character in key', ctx);
        }
        // Illegal character
        else if (!state) {
            state = 1;
            sliceStart = ctx.p;
        }
    } while (c = ctx.s.charCodeAt(++ctx.p));
    TomlError.x('incomplete key-value: cannot find end of key', ctx, startPtr);
}
/** @internal */
function parseInlineTable(ctx) {
    let startPtr = ctx.p++;
    let res = Object.create(null);
    let seen = new Set();
    let c;
    while (ctx.p < ctx.s.length) {
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p)) === 0x7d /* } */) {
            ctx.p++;
            return res;
        }
        let k;
        let t = res;
        let hasOwn = false;
        let errPtr = ctx.p;
        let key = parseKey(ctx);
        for (let i = 0; i < key.length; i++) {
            if (i)
                t = hasOwn ? t[k] : (t[k] = Object.create(null));
            k = key[i];
            if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== 'object' || seen.has(t[k]))) {
                TomlError.x('trying to redefine an already defined value', ctx, errPtr);
            }
            let unsafe = k === '__proto__';
            if (ctx.uk && (unsafe || k === 'constructor')) {
                t = ctx.uk !== 1 && TomlError.x('document contains an unsafe property', ctx, errPtr);
                break;
            }
            if (!hasOwn && unsafe) {
                Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
            }
        }
        if (hasOwn) {
            TomlError.x('trying to redefine an already defined value', ctx, errPtr);
        }
        skipVoid(ctx, true, true);
        let value = extractValue(ctx, 0x7d /* } */);
        if (t && typeof (t[k] = value) === 'object')
            seen.add(value);
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p++)) === 0x7d /* } */) {
            return res;
        }
        if (c !== 0x2c /* , */)
            TomlError.x('expected comma or end of structure', ctx, ctx.p - 1);
    }
    TomlError.x('unfinished table', ctx, startPtr);
}
/** @internal */
function parseArray(ctx) {
    let startPtr = ctx.p++;
    let res = [];
    let c;
    while (ctx.p < ctx.s.length) {
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p)) === 0x5d /* ] */) {
            ctx.p++;
            return res;
        }
        res.push(extractValue(ctx, 0x5d /* ] */));
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p++)) === 0x5d /* ] */) {
            return res;
        }
        if (c !== 0x2c /* , */)
            TomlError.x('expected comma or end of structure', ctx, ctx.p - 1);
    }
    TomlError.x('unfinished array', ctx, startPtr);
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/parse.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




function peekTable(ctx, key, table, meta, type) {
    let t = table;
    let m = meta;
    let k;
    let hasOwn = false;
    let state;
    for (let i = 0; i < key.length; i++) {
        if (i) {
            t = hasOwn ? t[k] : (t[k] = Object.create(null));
            m = (state = m[k]).c;
            if (type === 0 /* Type.DOTTED */ && (state.t === 1 /* Type.EXPLICIT */ || state.t === 2 /* Type.ARRAY */)) {
                return null;
            }
            if (state.t === 2 /* Type.ARRAY */) {
                let l = t.length - 1;
                t = t[l];
                m = m[l].c;
            }
        }
        k = key[i];
        if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 /* Type.DOTTED */ && m[k]?.d) {
            return null;
        }
        if (!hasOwn) {
            let unsafe = k === '__proto__';
            if (ctx.uk && (unsafe || k === 'constructor'))
                return false;
            if (unsafe) {
                Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
                Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
            }
            m[k] = {
                t: i < key.length - 1 && type === 2 /* Type.ARRAY */
                    ? 3 /* Type.ARRAY_DOTTED */ : type,
                d: false,
                i: 0,
                c: Object.create(null),
            };
        }
    }
    state = m[k];
    if (state.t !== type && !(type === 1 /* Type.EXPLICIT */ && state.t === 3 /* Type.ARRAY_DOTTED */)) {
        // Bad key type!
        return null;
    }
    if (type === 2 /* Type.ARRAY */) {
        if (!state.d) {
            state.d = true;
            t[k] = [];
        }
        t[k].push(t = Object.create(null));
        state.c[state.i++] = (state = { t: 1 /* Type.EXPLICIT */, d: false, i: 0, c: Object.create(null) });
    }
    if (state.d) {
        // Redefining a table!
        return null;
    }
    state.d = true;
    if (type === 1 /* Type.EXPLICIT */) {
        t = hasOwn ? t[k] : (t[k] = Object.create(null));
    }
    else if (type === 0 /* Type.DOTTED */ && hasOwn) {
        return null;
    }
    return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
    if (peek === null || ctx.uk === 2)
        TomlError.x(peek === null
            ? 'trying to redefine an already defined table or value'
            : 'document contains an unsafe property', ctx, ptr);
}
function parse(toml, options = {}) {
    let ctx = {
        s: toml,
        p: 0,
        d: options.maxDepth ?? 1000,
        bi: options.integersAsBigInt ?? false,
        ld: options.useLegacyDate ?? true,
        uk: options.unsafeKeyBehaviour === 'throw' ? 2 : options.unsafeKeyBehaviour === 'drop' ? 1 : 0,
    };
    let res = Object.create(null);
    let meta = Object.create(null);
    let tmp;
    let skipping = false;
    let tbl = res;
    let m = meta;
    // BOM is allowed, skip.
    // JS is UTF-16, so we have to check for the UTF-16 BOM instead of the UTF-8 BOM sequence!
    if (toml.charCodeAt(0) === 0xfeff)
        ctx.p++;
    skipVoid(ctx);
    while (ctx.p < toml.length) {
        if (toml.charCodeAt(ctx.p) === 0x5b /* [ */) {
            let isTableArray = toml.charCodeAt(++ctx.p) === 0x5b; /* [ */
            tmp = ctx.p += +isTableArray;
            skipping = false;
            let k = parseKey(ctx, 0x5d /* ] */);
            if (isTableArray) {
                if (toml.charCodeAt(ctx.p) !== 0x5d /* ] */) {
                    TomlError.x('expected end of table array declaration', ctx);
                }
                ctx.p++;
            }
            let p = peekTable(ctx, k, res, meta, isTableArray ? 2 /* Type.ARRAY */ : 1 /* Type.EXPLICIT */);
            if (!p) {
                validateTablePeek(ctx, p, tmp);
                skipping = true;
            }
            else {
                m = p[2];
                tbl = p[1];
            }
        }
        else {
            tmp = ctx.p;
            let k = parseKey(ctx);
            let p = peekTable(ctx, k, tbl, m, 0 /* Type.DOTTED */);
            if (!p && !skipping)
                validateTablePeek(ctx, p, tmp);
            skipVoid(ctx, true, true);
            let v = extractValue(ctx, void 0);
            if (p && !skipping)
                p[1][p[0]] = v;
        }
        skipVoid(ctx, true);
        if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 0xa /* \n */ && (tmp !== 0xd /* \r */ || toml.charCodeAt(ctx.p + 1) !== 0xa /* \n */)) {
            TomlError.x('each key-value declaration must be followed by an end-of-line', ctx);
        }
        skipVoid(ctx);
    }
    return res;
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/stringify.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
let BARE_KEY = /^[a-z0-9-_]+$/i;
let HAS_WELLFORMED = !!(''.isWellFormed);
function extendedTypeOf(obj) {
    let type = typeof obj;
    if (type === 'object') {
        if (Array.isArray(obj))
            return 'array';
        if (typeof obj.getUTCDate === 'function' && obj instanceof Date)
            return 'date';
        if (globalThis.Temporal) {
            if (obj.until) {
                if (obj instanceof Temporal.ZonedDateTime)
                    return 'temporal/tz+uc';
                if (obj instanceof Temporal.PlainDateTime || obj instanceof Temporal.PlainDate)
                    return 'temporal/uc';
                if (obj instanceof Temporal.PlainTime || obj instanceof Temporal.Instant)
                    return 'temporal';
                if (obj instanceof Temporal.PlainYearMonth)
                    return 'temporal/x';
            }
            else if ((obj.toPlainDate && obj instanceof Temporal.PlainMonthDay) ||
                (obj.negated && obj instanceof Temporal.Duration)) {
                return 'temporal/x';
            }
        }
    }
    return type;
}
function isArrayOfTables(obj) {
    for (let i = 0; i < obj.length; i++) {
        if (extendedTypeOf(obj[i]) !== 'object')
            return false;
    }
    return obj.length != 0;
}
function formatWellFormedStringUnchecked(s) {
    return JSON.stringify(s).replaceAll('\x7f', '\\u007f');
}
function formatString(s) {
    return formatWellFormedStringUnchecked(HAS_WELLFORMED ? s.toWellFormed() : s);
}
function formatKey(s) {
    if (BARE_KEY.test(s))
        return s;
    if (HAS_WELLFORMED && !s.isWellFormed())
        throw new RangeError('key contains illegal lone surrogates');
    return formatWellFormedStringUnchecked(s);
}
function stringifyValue(val, type, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    switch (type) {
        // @ts-expect-error -- intentional fallthrough case
        case 'number':
            if (isNaN(val))
                return 'nan';
            if (val === Infinity)
                return 'inf';
            if (val === -Infinity)
                return '-inf';
            if (Number.isInteger(val) && (numberAsFloat || !Number.isSafeInteger(val)))
                return val.toFixed(1);
        case 'bigint':
        case 'boolean':
        case 'temporal':
            return val.toString();
        case 'string':
            return formatString(val);
        case 'date':
            if (isNaN(val.getTime()))
                throw new TypeError('cannot serialize invalid date');
            return val.toISOString();
        case 'object':
            return stringifyInlineTable(val, depth, numberAsFloat, strictTemporal);
        case 'array':
            return stringifyArray(val, depth, numberAsFloat, strictTemporal);
        // @ts-expect-error -- intentional fallthrough case
        case 'temporal/tz+uc':
            if (strictTemporal) {
                let tz = val.timeZoneId;
                let tzc = tz.charCodeAt(0);
                if (
                // Classic offset
                tzc !== 0x2b /* + */ && tzc !== 0x2d /* - */ &&
                    (
                    // Fast pre-check pass; see below for the actually accepted values
                    (tzc !== 0x55 /* U */ && tzc !== 0x47 /* G */ && tzc !== 0x5a /* Z */ && tzc !== 0x45 /* E */) ||
                        (
                        // UTC and its aliases; Temporal implementations don't all canonicalise unfortunately
                        tz !== 'UTC' && tz !== 'UCT' && tz !== 'Universal' && tz !== 'Zulu' &&
                            // GMT is a TZ but it's for all intents and purposes equivalent to UTC. Safe to downgrade.
                            !tz.startsWith('GMT') && tz !== 'Greenwich' &&
                            // Etc/* are all safe to downgrade to offset (either UTC, GMT, or offset)
                            !tz.startsWith('Etc/')))) {
                    throw new TypeError('Temporal objects with an IANA timezone are not allowed in Temporal strict mode');
                }
            }
        case 'temporal/uc':
            if (strictTemporal && val.calendarId !== 'iso8601')
                throw new TypeError('Temporal objects with a non-default calendar are not allowed in Temporal strict mode');
            return val.toString({
                calendarName: 'never',
                timeZoneName: 'never',
            });
        case 'temporal/x':
            throw new TypeError('Unsupported ' + val[Symbol.toStringTag]);
    }
}
function stringifyInlineTable(obj, depth, numberAsFloat, strictTemporal) {
    let keys = Object.keys(obj);
    if (keys.length === 0)
        return '{}';
    let res = '{ ';
    for (let i = 0; i < keys.length; i++) {
        let k = keys[i];
        if (i)
            res += ', ';
        res += formatKey(k) + ' = ' + stringifyValue(obj[k], extendedTypeOf(obj[k]), depth - 1, numberAsFloat, strictTemporal);
    }
    return res + ' }';
}
function stringifyArray(array, depth, numberAsFloat, strictTemporal) {
    if (array.length === 0)
        return '[]';
    let res = '[ ';
    for (let i = 0; i < array.length; i++) {
        if (i)
            res += ', ';
        if (array[i] === null || array[i] === void 0) {
            throw new TypeError('arrays cannot contain null or undefined values');
        }
        res += stringifyValue(array[i], extendedTypeOf(array[i]), depth - 1, numberAsFloat, strictTemporal);
    }
    return res + ' ]';
}
function stringifyArrayTable(array, key, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    let res = '';
    for (let i = 0; i < array.length; i++) {
        res += `${res && '\n'}[[${key}]]\n`;
        res += stringifyTable(0, array[i], key, depth, numberAsFloat, strictTemporal);
    }
    return res;
}
function stringifyTable(tableKey, obj, prefix, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    let preamble = '';
    let tables = '';
    let keys = Object.keys(obj);
    for (let i = 0; i < keys.length; i++) {
        let k = keys[i];
        if (obj[k] !== null && obj[k] !== void 0) {
            let type = extendedTypeOf(obj[k]);
            if (type === 'symbol' || type === 'function') {
                throw new TypeError(`cannot serialize values of type '${type}'`);
            }
            let key = formatKey(k);
            if (type === 'array' && isArrayOfTables(obj[k])) {
                tables += (tables && '\n') + stringifyArrayTable(obj[k], prefix ? `${prefix}.${key}` : key, depth - 1, numberAsFloat, strictTemporal);
            }
            else if (type === 'object') {
                let tblKey = prefix ? `${prefix}.${key}` : key;
                tables += (tables && '\n') + stringifyTable(tblKey, obj[k], tblKey, depth - 1, numberAsFloat, strictTemporal);
            }
            else {
                preamble += key;
                preamble += ' = ';
                preamble += stringifyValue(obj[k], type, depth, numberAsFloat, strictTemporal);
                preamble += '\n';
            }
        }
    }
    if (tableKey && (preamble || !tables)) // Create table only if necessary
        preamble = preamble ? `[${tableKey}]\n${preamble}` : `[${tableKey}]`;
    return preamble && tables
        ? `${preamble}\n${tables}`
        : preamble || tables;
}
function stringify(obj, { maxDepth = 1000, numbersAsFloat = false, strictTemporal = false } = {}) {
    if (extendedTypeOf(obj) !== 'object') {
        throw new TypeError('stringify can only be called with an object');
    }
    let str = stringifyTable(0, obj, '', maxDepth, numbersAsFloat, strictTemporal);
    if (str[str.length - 1] !== '\n')
        return str + '\n';
    return str;
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/index.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */





/** @deprecated use `import * as ... from 'smol-toml'` instead */
/* harmony default export */ const dist = ({ parse: parse, stringify: stringify, TomlDate: TomlDate, TomlError: TomlError });

;// CONCATENATED MODULE: ./src/probes/suites/expectations.ts
// Expectation files in the wasi-testsuite format (TOML, version 1): per suite
// and test, `action = "skip"` (do not run it) and `expected = "fail"` (a known
// failure), read with the official runner's rules (filters.py). The suite keeps
// them per runtime and OS as expectations/<runtime>/<os>.toml; so do we.



const NONE = { skip: false, expectedFail: false };
const isTable = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
function tables(value, key) {
    if (!Array.isArray(value) || !value.every(isTable))
        throw new Error(`"${key}" must be a list of tables`);
    return value;
}
/** One file's suites and tests; throws with the runner's reasons for refusing it. */
function parseExpectations(text) {
    const data = parse(text);
    const version = data.version ?? 1;
    if (version !== 1)
        throw new Error(`version ${JSON.stringify(version)} is not supported (only 1)`);
    const suites = new Map();
    for (const suite of tables(data.suite ?? [], 'suite')) {
        if (typeof suite.name !== 'string')
            throw new Error('every [[suite]] needs a name string');
        const tests = new Map();
        for (const test of tables(suite.test ?? [], 'suite.test')) {
            if (typeof test.name !== 'string')
                throw new Error(`every [[suite.test]] of "${suite.name}" needs a name string`);
            const { action, expected } = test;
            if (action !== undefined && action !== 'skip')
                throw new Error(`test "${test.name}": "action" is ${JSON.stringify(action)}; accepted: "skip"`);
            if (expected !== undefined && expected !== 'pass' && expected !== 'fail')
                throw new Error(`test "${test.name}": "expected" is ${JSON.stringify(expected)}; accepted: "pass" or "fail"`);
            if (action === undefined && expected === undefined)
                throw new Error(`test "${test.name}" sets neither "action" nor "expected"`);
            tests.set(test.name, { skip: action === 'skip', expectedFail: expected === 'fail' });
        }
        suites.set(suite.name, tests);
    }
    return suites;
}
function readFile(path, runtime, problems) {
    try {
        return { path, runtime, suites: parseExpectations((0,external_node_fs_.readFileSync)(path, 'utf8')) };
    }
    catch (error) {
        problems.push(`${path}: ${error instanceof Error ? error.message : String(error)}`);
        return undefined;
    }
}
/**
 * The files `entries` name, relative to `cwd`. A directory is laid out as the
 * suite's expectations/: `<runtime>/<os>.toml`, of which this OS's files apply.
 * A file in a folder named after a runtime is for that runtime; any other file
 * is for every runtime. `runtimeOf` maps a folder name to a runtime id.
 */
function loadExpectations(entries, cwd, os, runtimeOf) {
    const files = [];
    const problems = [];
    for (const entry of entries) {
        const path = (0,external_node_path_.resolve)(cwd, entry);
        if (!(0,external_node_fs_.existsSync)(path)) {
            problems.push(`${entry} does not exist`);
            continue;
        }
        if (!(0,external_node_fs_.statSync)(path).isDirectory()) {
            const file = readFile(path, runtimeOf((0,external_node_path_.basename)((0,external_node_path_.dirname)(path))) ?? null, problems);
            if (file)
                files.push(file);
            continue;
        }
        let found = 0;
        for (const folder of (0,external_node_fs_.readdirSync)(path).sort()) {
            const runtime = runtimeOf(folder);
            const file = (0,external_node_path_.join)(path, folder, `${os}.toml`);
            if (!runtime || !(0,external_node_fs_.existsSync)(file))
                continue;
            found += 1;
            const read = readFile(file, runtime, problems);
            if (read)
                files.push(read);
        }
        if (found === 0)
            problems.push(`${entry} is a directory without any <runtime>/${os}.toml for a runtime wasi-probe knows`);
    }
    return { files, problems };
}
/** What the files say of one test on one runtime: any skip skips it, any expected failure expects it. */
function expectationFor(files, runtime, suite, test) {
    let found = NONE;
    for (const file of files) {
        if (file.runtime !== null && file.runtime !== runtime)
            continue;
        const expectation = file.suites.get(suite)?.get(test);
        if (expectation)
            found = {
                skip: found.skip || expectation.skip,
                expectedFail: found.expectedFail || expectation.expectedFail
            };
    }
    return found;
}


/***/ }),

/***/ 3102:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   PG: () => (/* binding */ parseTestSpec),
/* harmony export */   PV: () => (/* binding */ DEFAULT_CONFIG),
/* harmony export */   U2: () => (/* binding */ signalToSend)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _result_index_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1287);
// A wasi-testsuite test's JSON specification (doc/specification.md of
// WebAssembly/wasi-testsuite), read into plain data with the official runner's
// rules (test-runner/wasi_test_runner/test_case.py): the legacy format becomes
// run, read and wait operations, as the runner converts it, and both formats
// are validated as its TestCaseValidator does before anything runs.


/** No JSON beside the module: run it without arguments and expect exit code 0. */
const DEFAULT_CONFIG = {
    format: 'legacy',
    operations: [
        { type: 'run', args: [], env: {}, root: null },
        { type: 'wait', exit_code: 0 }
    ],
    proposals: [],
    world: 'wasi:cli/command',
    servers: [],
    dirs: []
};
const LEGACY_KEYS = new Set(['args', 'root', 'env', 'exit_code', 'stderr', 'stdout']);
const OPERATION_KEYS = new Set(['operations', 'proposals', 'world', 'servers']);
const HTTP_METHODS = new Set(['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS']);
const SERVER_NAME = /^[A-Za-z0-9_]+$/;
/** Thrown inside the parser; collected into `problems`. */
class SpecError extends Error {
}
const fail = (message) => {
    throw new SpecError(message);
};
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
function stringArray(value, what) {
    if (!Array.isArray(value) || !value.every((item) => typeof item === 'string'))
        fail(`${what} must be an array of strings`);
    return value;
}
function stringMap(value, what) {
    if (!isObject(value) || !Object.values(value).every((item) => typeof item === 'string'))
        fail(`${what} must be an object of strings`);
    return value;
}
function string(value, what) {
    if (typeof value !== 'string')
        fail(`${what} must be a string`);
    return value;
}
function integer(value, what) {
    if (!Number.isInteger(value))
        fail(`${what} must be an integer`);
    return value;
}
/**
 * The exit code a wait expects: what a process can end with, as Python's
 * subprocess reports it (0 to 255, or minus the number of the signal that
 * killed it). Any other number could never be met.
 */
function exitCode(value, what) {
    const code = integer(value, what);
    if (code < -64 || code > 255)
        fail(`${what} is ${code}; accepted: 0 to 255, or -1 to -64 for a process killed by that signal`);
    return code;
}
/** A NUL ends a string in every process's argv and environment: such a value cannot be passed on. */
function noNul(value, what) {
    if (value.includes('\0'))
        fail(`${what} holds a NUL character (${JSON.stringify(value)}), which no process can be given`);
    return value;
}
/** The environment of a run: names without `=` or NUL (no process could be given them), values without NUL. */
function environment(value, what) {
    const env = stringMap(value, what);
    for (const [name, text] of Object.entries(env)) {
        if (name === '' || name.includes('=') || name.includes('\0'))
            fail(`${what} has the name ${JSON.stringify(name)}; a variable's name is not empty and holds no "=" or NUL`);
        noNul(text, `${what} "${name}"`);
    }
    return env;
}
/** `root` as the runner reads it: a non-empty string, or nothing. */
function root(value, what) {
    if (value === undefined || value === null || value === '')
        return null;
    return string(value, what);
}
function parseRun(op, what) {
    return {
        type: 'run',
        args: op.args === undefined
            ? []
            : stringArray(op.args, `${what} "args"`).map((arg, i) => noNul(arg, `${what} "args" entry ${i + 1}`)),
        env: op.env === undefined ? {} : environment(op.env, `${what} "env"`),
        root: root(op.root, `${what} "root"`)
    };
}
function parseResponse(value, what) {
    const config = value === undefined ? {} : value;
    if (!isObject(config))
        fail(`${what} must be an object`);
    const c = config;
    return {
        status: c.status === undefined ? 200 : integer(c.status, `${what} "status"`),
        headers: c.headers === undefined ? {} : stringMap(c.headers, `${what} "headers"`),
        body: c.body === undefined ? '' : string(c.body, `${what} "body"`)
    };
}
function parseOperation(op, index) {
    const what = `operation ${index + 1}`;
    if (!isObject(op))
        fail(`${what} must be an object`);
    const o = op;
    const payload = () => (o.payload === undefined ? '' : string(o.payload, `${what} "payload"`));
    switch (o.type) {
        case 'run':
            return parseRun(o, `${what} (run)`);
        case 'wait':
            return {
                type: 'wait',
                exit_code: o.exit_code === undefined ? 0 : exitCode(o.exit_code, `${what} "exit_code"`)
            };
        case 'read':
            return {
                type: 'read',
                id: o.id === undefined ? 'stdout' : string(o.id, `${what} "id"`),
                payload: payload()
            };
        case 'write':
            return {
                type: 'write',
                id: o.id === undefined ? 'write' : string(o.id, `${what} "id"`),
                payload: payload()
            };
        case 'connect': {
            const protocol = o.protocol_type === undefined ? 'tcp' : o.protocol_type;
            if (protocol !== 'tcp' && protocol !== 'udp' && protocol !== 'http')
                fail(`${what} "protocol_type" must be tcp, udp or http`);
            return {
                type: 'connect',
                id: o.id === undefined ? 'server' : string(o.id, `${what} "id"`),
                protocol_type: protocol
            };
        }
        case 'send':
        case 'recv':
            if (o.id === undefined)
                fail(`${what} (${o.type}) needs an "id"`);
            return { type: o.type, id: string(o.id, `${what} "id"`), payload: payload() };
        case 'request':
            return {
                type: 'request',
                method: o.method === undefined ? 'GET' : string(o.method, `${what} "method"`),
                path: o.path === undefined ? '/' : string(o.path, `${what} "path"`),
                headers: o.headers === undefined ? {} : stringMap(o.headers, `${what} "headers"`),
                body: o.body === undefined ? '' : string(o.body, `${what} "body"`),
                response: parseResponse(o.response, `${what} "response"`)
            };
        case 'kill': {
            const signal = o.signal === undefined ? 'SIGTERM' : string(o.signal, `${what} "signal"`);
            if (!isKnownSignal(signal))
                fail(`${what}: unknown signal ${signal}`);
            return { type: 'kill', signal };
        }
        default:
            return fail(`${what} has type ${JSON.stringify(o.type)}; accepted: ${_result_index_js__WEBPACK_IMPORTED_MODULE_1__/* .OPERATION_TYPES */ .eQ.join(', ')}`);
    }
}
/**
 * The signal names a `kill` may give: Python's `signal.Signals` on this host,
 * which is Node's list and, on Linux, three names more.
 */
const PYTHON_ONLY_SIGNALS = process.platform === 'linux' ? { SIGCLD: node_os__WEBPACK_IMPORTED_MODULE_0__.constants.signals.SIGCHLD, SIGRTMIN: 34, SIGRTMAX: 64 } : {};
/** What to send for a signal name of a spec: Node's name, or the number where Node has no name. */
function signalToSend(name) {
    return Object.hasOwn(node_os__WEBPACK_IMPORTED_MODULE_0__.constants.signals, name) ? name : PYTHON_ONLY_SIGNALS[name];
}
function isKnownSignal(name) {
    return Object.hasOwn(node_os__WEBPACK_IMPORTED_MODULE_0__.constants.signals, name) || Object.hasOwn(PYTHON_ONLY_SIGNALS, name);
}
function parseEndpointResponse(value, what) {
    // A plain string is shorthand for { status: 200, body: value }.
    if (typeof value === 'string')
        return { status: 200, headers: {}, body: value, chunks: null, trailers: {} };
    if (!isObject(value))
        fail(`${what} must be a string or an object`);
    const base = parseResponse(value, what);
    const v = value;
    const chunks = v.chunks === undefined || v.chunks === null ? null : stringArray(v.chunks, `${what} "chunks"`);
    if (chunks && v.body !== undefined)
        fail(`${what} takes "body" or "chunks", not both`);
    const trailers = v.trailers === undefined ? {} : stringMap(v.trailers, `${what} "trailers"`);
    if (Object.keys(trailers).length > 0 && !chunks)
        fail(`${what}: "trailers" need "chunks"`);
    return { ...base, chunks, trailers };
}
function parseEndpoint(value, what) {
    if (!isObject(value))
        fail(`${what} must be an object`);
    const v = value;
    const method = v.method === undefined ? 'GET' : string(v.method, `${what} "method"`).toUpperCase();
    if (!HTTP_METHODS.has(method))
        fail(`${what}: unknown method ${method}`);
    const path = v.path === undefined ? '/' : string(v.path, `${what} "path"`);
    const mode = v.mode === undefined ? 'static' : string(v.mode, `${what} "mode"`);
    if (mode !== 'static' && mode !== 'echo-body' && mode !== 'echo-headers')
        fail(`${what}: unknown mode ${mode} (accepted: static, echo-body, echo-headers)`);
    if (mode !== 'static') {
        if (v.response !== undefined)
            fail(`${what}: an endpoint in '${mode}' mode takes no "response"`);
        return { method, path, mode: mode, response: null };
    }
    return {
        method,
        path,
        mode: 'static',
        response: parseEndpointResponse(v.response === undefined ? '' : v.response, `${what} "response"`)
    };
}
function parseServers(value) {
    if (!Array.isArray(value))
        fail('"servers" must be an array');
    const servers = value.map((server, i) => {
        const what = `server ${i + 1}`;
        if (!isObject(server))
            fail(`${what} must be an object`);
        const s = server;
        if (typeof s.name !== 'string' || !SERVER_NAME.test(s.name))
            fail(`${what} needs a "name" of letters, digits or _`);
        const kind = s.kind === undefined ? 'listening' : s.kind;
        if (kind !== 'listening' && kind !== 'closed')
            fail(`${what}: unknown kind ${String(kind)}`);
        if (kind === 'closed') {
            if (s.endpoints !== undefined)
                fail(`${what}: a server of kind 'closed' takes no "endpoints"`);
            return { name: s.name, kind, endpoints: [] };
        }
        const endpoints = s.endpoints === undefined ? [] : s.endpoints;
        if (!Array.isArray(endpoints))
            fail(`${what} "endpoints" must be an array`);
        return {
            name: s.name,
            kind: 'listening',
            endpoints: endpoints.map((ep, j) => parseEndpoint(ep, `${what} endpoint ${j + 1}`))
        };
    });
    const names = servers.map((server) => server.name.toUpperCase());
    const duplicates = [...new Set(names.filter((name, i) => names.indexOf(name) !== i))];
    if (duplicates.length > 0)
        fail(`duplicate server names: ${duplicates.join(', ')}`);
    return servers;
}
/**
 * The runner's TestCaseValidator: every run is followed by a wait; reads,
 * writes and network operations happen while a module runs; connection ids are
 * unique and defined before use; only TCP connections are made.
 */
function validate(operations) {
    let running = false;
    const streams = new Map();
    const need = (kind, id, op, index) => {
        const found = streams.get(id);
        if (!found)
            fail(`operation ${index + 1} (${op.type}) uses ${JSON.stringify(id)}, which is not open`);
        if (found !== kind)
            fail(`operation ${index + 1} (${op.type}) needs a ${kind} stream, but ${JSON.stringify(id)} is ${found}`);
    };
    operations.forEach((op, index) => {
        if (op.type === 'run') {
            if (running)
                fail(`operation ${index + 1} (run) starts a module while one still runs: wait for it first`);
            running = true;
            streams.set('stdin', 'writable').set('stdout', 'readable').set('stderr', 'readable');
            return;
        }
        if (!running)
            fail(`operation ${index + 1} (${op.type}) comes before any run`);
        switch (op.type) {
            case 'wait':
                running = false;
                streams.clear();
                break;
            case 'read':
                need('readable', op.id, op, index);
                break;
            case 'write':
                need('writable', op.id, op, index);
                break;
            case 'connect':
                if (op.protocol_type !== 'tcp')
                    fail(`operation ${index + 1} (connect): ${op.protocol_type} is not supported`);
                if (streams.has(op.id))
                    fail(`operation ${index + 1} (connect): ${JSON.stringify(op.id)} is already open`);
                streams.set(op.id, 'socket');
                break;
            case 'send':
            case 'recv':
                need('socket', op.id, op, index);
                break;
        }
    });
    if (running)
        fail('the last run is never waited for: end with a wait operation');
}
/** Reads a spec's JSON text; `problems` say why it cannot be used. */
function parseTestSpec(text) {
    const warnings = [];
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        return {
            problems: [`not valid JSON: ${error instanceof Error ? error.message : String(error)}`],
            warnings
        };
    }
    if (!isObject(json))
        return { problems: ['not a JSON object'], warnings };
    try {
        const keys = Object.keys(json);
        const operationStyle = json.operations != null || json.proposals != null || json.servers != null;
        if (keys.some((key) => OPERATION_KEYS.has(key)) && keys.some((key) => LEGACY_KEYS.has(key)))
            fail(`it mixes the legacy fields (${[...LEGACY_KEYS].join(', ')}) with operations`);
        const known = operationStyle ? OPERATION_KEYS : new Set([...LEGACY_KEYS, 'dirs']);
        for (const key of keys)
            if (!known.has(key))
                warnings.push(`unknown field ${JSON.stringify(key)}, ignored`);
        const config = operationStyle ? operationConfig(json) : legacyConfig(json);
        validate(config.operations);
        return { config, problems: [], warnings };
    }
    catch (error) {
        if (error instanceof SpecError)
            return { problems: [error.message], warnings };
        throw error;
    }
}
function operationConfig(json) {
    const operations = json.operations == null
        ? []
        : Array.isArray(json.operations)
            ? json.operations.map(parseOperation)
            : fail('"operations" must be an array');
    const proposals = json.proposals == null ? [] : stringArray(json.proposals, '"proposals"');
    const unknown = proposals.filter((p) => !_result_index_js__WEBPACK_IMPORTED_MODULE_1__/* .PROPOSALS */ .ch.includes(p));
    if (unknown.length > 0)
        fail(`unknown proposal ${unknown.join(', ')} (accepted: ${_result_index_js__WEBPACK_IMPORTED_MODULE_1__/* .PROPOSALS */ .ch.join(', ')})`);
    const world = json.world === undefined ? 'wasi:cli/command' : json.world;
    if (!_result_index_js__WEBPACK_IMPORTED_MODULE_1__/* .WORLDS */ .eI.includes(world))
        fail(`unknown world ${JSON.stringify(world)} (accepted: ${_result_index_js__WEBPACK_IMPORTED_MODULE_1__/* .WORLDS */ .eI.join(', ')})`);
    return {
        format: 'operations',
        operations: operations,
        proposals: proposals,
        world: world,
        servers: json.servers == null ? [] : parseServers(json.servers),
        dirs: []
    };
}
/** The legacy format as the runner converts it: run, read stdout, read stderr, wait. */
function legacyConfig(json) {
    const operations = [parseRun(json, 'the spec')];
    for (const id of ['stdout', 'stderr']) {
        if (json[id] != null)
            operations.push({ type: 'read', id, payload: string(json[id], `"${id}"`) });
    }
    operations.push({
        type: 'wait',
        // The runner's dict.get("exit_code", 0): only a missing key means 0.
        exit_code: json.exit_code === undefined ? 0 : exitCode(json.exit_code, '"exit_code"')
    });
    return {
        format: 'legacy',
        operations,
        proposals: [],
        world: 'wasi:cli/command',
        servers: [],
        dirs: json.dirs === undefined ? [] : stringArray(json.dirs, '"dirs"')
    };
}


/***/ }),

/***/ 7514:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   HT: () => (/* binding */ FOLDER_BYTES_LIMIT),
/* harmony export */   eM: () => (/* binding */ linkTargetInside),
/* harmony export */   tj: () => (/* binding */ surveyFolder),
/* harmony export */   uL: () => (/* binding */ FOLDER_ENTRIES_LIMIT)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8431);
// What a folder a test preopens holds, read before anything runs: every test
// gets a copy of it, so it must be of a size that copies in moments, and no
// link in it may lead out of it (through a copy of such a link a module would
// reach the user's files, or the host's).



/** At most this many bytes in a folder a test preopens (what its files hold, in all). */
const FOLDER_BYTES_LIMIT = 256 * 1024 * 1024;
/** At most this many files, folders and links in a folder a test preopens. */
const FOLDER_ENTRIES_LIMIT = 20_000;
/**
 * Where the link at `link` leads, as the kernel resolves it, when that is
 * inside `root` (a real path, without links in it); undefined when it leads
 * out. Nothing is normalised first: `self/..`, through a link `self` to the
 * folder itself, climbs out of it. A link to nothing is followed as far as
 * something exists; the rest of its way must not climb.
 */
function linkTargetInside(link, root) {
    const target = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(link);
    const parts = ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(target) ? target : `${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(link)}${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}${target}`).split(/[\\/]+/);
    for (let length = parts.length; length > 0; length--) {
        let real;
        try {
            real = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(parts.slice(0, length).join(node_path__WEBPACK_IMPORTED_MODULE_1__.sep) || node_path__WEBPACK_IMPORTED_MODULE_1__.sep);
        }
        catch {
            continue;
        }
        const rest = parts.slice(length);
        return rest.includes('..') || !(0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .F)(real, root) ? undefined : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(real, ...rest);
    }
    return undefined;
}
/** Surveys `folder` (a link to a folder is followed), stopping once a limit is passed. */
function surveyFolder(folder) {
    const root = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(folder);
    const survey = { bytes: 0, entries: 0, linksOut: [], special: [], overLimit: false };
    const walk = (dir) => {
        for (const entry of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { withFileTypes: true })) {
            if (survey.overLimit)
                return;
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, entry.name);
            survey.entries += 1;
            if (entry.isSymbolicLink()) {
                if (linkTargetInside(path, root) === undefined)
                    survey.linksOut.push({ path: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, path), target: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(path) });
            }
            else if (entry.isDirectory())
                walk(path);
            else if (entry.isFile())
                survey.bytes += (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path).size;
            else
                survey.special.push((0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, path));
            if (survey.bytes > FOLDER_BYTES_LIMIT || survey.entries > FOLDER_ENTRIES_LIMIT)
                survey.overLimit = true;
        }
    };
    walk(root);
    return survey;
}


/***/ }),

/***/ 2872:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Pe: () => (/* binding */ withLibraryDir),
/* harmony export */   UN: () => (/* binding */ findBinaryIn),
/* harmony export */   iH: () => (/* binding */ pathDirs),
/* harmony export */   oq: () => (/* binding */ findExecutable),
/* harmony export */   x5: () => (/* binding */ locate)
/* harmony export */ });
/* unused harmony exports compareVersionsDescending, findInToolCache, libraryDirFor */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _node_packages_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9385);
// Finds each runtime's executable: on PATH first, then in the runner's tool cache.



function isFile(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).isFile();
    }
    catch {
        return false;
    }
}
function isDirectory(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).isDirectory();
    }
    catch {
        return false;
    }
}
function isExecutable(path) {
    if (process.platform === 'win32')
        return true;
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}
/** Every runtime ships a real executable: `.cmd` shims cannot be spawned without a shell. */
function executableName(binary) {
    return process.platform === 'win32' ? `${binary}.exe` : binary;
}
/**
 * The first executable named `binary` in `dirs`. When there is only a file of
 * that name that cannot be executed, that file: running it then reports why
 * (EACCES) instead of calling the runtime missing.
 */
function findExecutable(binary, dirs) {
    let notExecutable;
    for (const dir of dirs) {
        const candidate = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, executableName(binary));
        if (!isFile(candidate))
            continue;
        if (isExecutable(candidate))
            return candidate;
        notExecutable ??= candidate;
    }
    return notExecutable;
}
function pathDirs(env) {
    const path = env.PATH ?? env.Path ?? '';
    return path.split(node_path__WEBPACK_IMPORTED_MODULE_1__.delimiter).filter(Boolean);
}
/** Compares dotted versions numerically, highest first; non-numeric parts last. */
function compareVersionsDescending(a, b) {
    const parts = (v) => v.split(/[.+-]/).map((p) => (/^\d+$/.test(p) ? Number(p) : -1));
    const pa = parts(a);
    const pb = parts(b);
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
        const diff = (pb[i] ?? 0) - (pa[i] ?? 0);
        if (diff !== 0)
            return diff;
    }
    return 0;
}
/**
 * The runtime in the tool cache laid out as @actions/tool-cache does:
 * `$RUNNER_TOOL_CACHE/<id>/<version>/<arch>/` with a `<arch>.complete` marker.
 * The binary may sit at the top, in `bin/`, or in one folder below (archives
 * with a top folder).
 */
function findInToolCache(id, binary, env, arch = process.arch) {
    const cacheRoot = env.RUNNER_TOOL_CACHE;
    if (!cacheRoot)
        return undefined;
    const toolDir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(cacheRoot, id);
    let versions;
    try {
        versions = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(toolDir);
    }
    catch {
        return undefined;
    }
    for (const version of versions.sort(compareVersionsDescending)) {
        const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(toolDir, version, arch);
        if (!isFile(`${dir}.complete`))
            continue;
        const found = findBinaryIn(dir, binary);
        if (found)
            return found;
    }
    return undefined;
}
/**
 * The binary in an unpacked release: at the top, in `bin/`, or the same one
 * folder down (archives with a top folder, like `wasmtime-v48.0.0-x86_64-linux/`).
 */
function findBinaryIn(root, binary) {
    const subdirs = safeReaddir(root).map((name) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, name));
    return findExecutable(binary, [
        root,
        (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, 'bin'),
        ...subdirs,
        ...subdirs.map((dir) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'bin'))
    ]);
}
/** A library folder (`lib`, `lib64`) beside the `bin/` that holds `binary`, if any. */
function libraryDirFor(binary, libDirs) {
    if (!libDirs)
        return undefined;
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(binary));
    return libDirs.map((name) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, name)).find(isDirectory);
}
function safeReaddir(dir) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { withFileTypes: true })
            .filter((entry) => entry.isDirectory())
            .map((entry) => entry.name);
    }
    catch {
        return [];
    }
}
/** Where `spec` can be run from, or undefined when it is not on this machine. */
function locate(spec, env = process.env) {
    if (spec.kind === 'native')
        return undefined;
    const onPath = findExecutable(spec.binary, pathDirs(env));
    if (spec.kind === 'node')
        return { path: onPath ?? process.execPath, source: onPath ? 'path' : 'self' };
    if (spec.kind === 'jco')
        return locatePackage(spec, onPath, env);
    const path = onPath ?? findInToolCache(spec.id, spec.binary, env);
    if (path)
        return withLibraryDir({ path, source: onPath ? 'path' : 'tool-cache' }, spec.release.libDirs);
    // An older release's executable (wasmi_cli) is found on PATH only: no installer ever put one in the cache.
    for (const older of spec.olderBinaries ?? []) {
        const found = findExecutable(older, pathDirs(env));
        if (found)
            return withLibraryDir({ path: found, source: 'path' }, spec.release.libDirs);
    }
    return undefined;
}
function withLibraryDir(located, libDirs) {
    const libDir = libraryDirFor(located.path, libDirs);
    return libDir ? { ...located, libDir } : located;
}
/**
 * jco: its command on PATH when that belongs to its package (any other `jco`
 * is not it), else the newest install in the tool cache (`bin/jco` there).
 */
function locatePackage(spec, onPath, env) {
    const fromPath = onPath && (0,_node_packages_js__WEBPACK_IMPORTED_MODULE_2__/* .packageRootOf */ .WD)(onPath, spec.package);
    if (onPath && fromPath)
        return { path: onPath, source: 'path', packageDir: fromPath };
    const cached = findInToolCache(spec.id, spec.binary, env);
    const packageDir = cached && (0,_node_packages_js__WEBPACK_IMPORTED_MODULE_2__/* .packageRootOf */ .WD)(cached, spec.package);
    return cached && packageDir ? { path: cached, source: 'tool-cache', packageDir } : undefined;
}


/***/ }),

/***/ 9385:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   OX: () => (/* binding */ packageJsonText),
/* harmony export */   Q8: () => (/* binding */ findPackageFrom),
/* harmony export */   WD: () => (/* binding */ packageRootOf)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
// Packages for Node found on disk, as Node itself finds them: a command's
// package by walking up from the real file of its bin, a dependency in the
// node_modules folders from a package upwards.


function packageName(dir) {
    try {
        return JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'package.json'), 'utf8')).name;
    }
    catch {
        return undefined;
    }
}
/** The folder of package `name` that holds `file` (a bin, followed through its links), or undefined. */
function packageRootOf(file, name) {
    let dir;
    try {
        dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(file));
    }
    catch {
        return undefined;
    }
    for (;;) {
        if (packageName(dir) === name)
            return dir;
        const up = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir);
        if (up === dir)
            return undefined;
        dir = up;
    }
}
/** Where a bare `name` resolves from package folder `from`: its node_modules, then each one above. */
function findPackageFrom(from, name) {
    for (let dir = from;;) {
        const candidate = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'node_modules', name);
        if (packageName(candidate) === name)
            return candidate;
        const up = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir);
        if (up === dir)
            return undefined;
        dir = up;
    }
}
/** The version in a package folder's package.json, read as text for the adapter to parse. */
function packageJsonText(dir) {
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'package.json'), 'utf8');
}


/***/ }),

/***/ 6670:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ redactUrl),
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   Fn: () => (/* binding */ urlSecrets)
/* harmony export */ });
/* unused harmony export REDACTED */
// Secrets never leave in text we write: a token, or the password of a URL's
// `user:pass@`, is replaced wherever a message, a log line or a result file
// would carry it. The runner's masking (core.setSecret) covers the log only;
// the result file and the summary are ours to keep clean.
const REDACTED = '***';
/** The URL with any `user:pass@` replaced by `***@`; text that is no URL is returned as it is. */
function redactUrl(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return url;
    }
    if (!parsed.username && !parsed.password)
        return url;
    parsed.username = '';
    parsed.password = '';
    return parsed.href.replace('//', `//${REDACTED}@`);
}
/** The secrets a URL holds: its password, as written and decoded. */
function urlSecrets(url) {
    let parsed;
    try {
        parsed = new URL((url ?? '').trim());
    }
    catch {
        return [];
    }
    if (!parsed.password)
        return [];
    return withDecoded(parsed.password);
}
function withDecoded(value) {
    try {
        const decoded = decodeURIComponent(value);
        return decoded === value ? [value] : [value, decoded];
    }
    catch {
        return [value];
    }
}
/**
 * `text` with every secret replaced by `***`, and every `scheme://user:pass@`
 * reduced to `scheme://***@` (a URL a server echoed back holds one too).
 */
function redact(text, secrets) {
    let clean = text.replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^/\s]*@/gi, `$1${REDACTED}@`);
    // Longest first: a secret that contains another is replaced whole.
    for (const secret of [...new Set(secrets)].filter(Boolean).sort((a, b) => b.length - a.length))
        clean = clean.split(secret).join(REDACTED);
    return clean;
}


/***/ }),

/***/ 1287:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  aC: () => (/* binding */ EXCERPT_CHARS),
  om: () => (/* binding */ INSTALL_STAGES),
  eQ: () => (/* reexport */ OPERATION_TYPES),
  ch: () => (/* reexport */ PROPOSALS),
  w: () => (/* binding */ RESULT_SCHEMA),
  z: () => (/* binding */ TOOL_CACHE_SOURCES),
  Bl: () => (/* reexport */ WASI_VERSIONS),
  ps: () => (/* reexport */ WASI_VERSION_NAMES),
  eI: () => (/* reexport */ WORLDS)
});

// UNUSED EXPORTS: FAILED_CHECKS, FAILED_STAGES, MODULE_KINDS, PROBE_CATEGORIES, PROBE_STATUSES, RUNTIME_SOURCES, RUNTIME_STATUSES, VERIFIED_BY, WASI_LEVELS

;// CONCATENATED MODULE: ./src/result/operations.ts
// The operations of a wasi-testsuite test, as its spec gives them and the
// result file records them: plain data, the WASI versions, worlds and
// proposals included. The official runner's names are kept (`exit_code`,
// `protocol_type`), so a spec's JSON and its record read alike.
const WASI_VERSIONS = ['wasm32-wasip1', 'wasm32-wasip2', 'wasm32-wasip3'];
const WASI_VERSION_NAMES = {
    'wasm32-wasip1': 'WASI preview1 core modules',
    'wasm32-wasip2': 'WASI 0.2 components',
    'wasm32-wasip3': 'WASI 0.3 components'
};
const WORLDS = ['wasi:cli/command', 'wasi:http/service'];
const PROPOSALS = ['http', 'sockets'];
const OPERATION_TYPES = [
    'run',
    'wait',
    'read',
    'write',
    'connect',
    'send',
    'recv',
    'request',
    'kill'
];

;// CONCATENATED MODULE: ./src/result/index.ts

const RESULT_SCHEMA = 'wasi-probe/result@1';
/** How much of a module's stdout and stderr the result file keeps. */
const EXCERPT_CHARS = 2000;
/**
 * `unavailable`: no build of the runtime exists for this platform (an install
 * that cannot happen, not an error).
 */
const RUNTIME_STATUSES = (/* unused pure expression or super */ null && (['pass', 'fail', 'error', 'missing', 'unsupported', 'unavailable']));
/**
 * How one module run ended. `recorded`: the probe only records what the
 * runtime does (exit codes that legitimately differ). `skip`, `xfail` and
 * `xpass` are the official wasi-testsuite runner's outcomes for tests an
 * expectation file names.
 */
const PROBE_STATUSES = (/* unused pure expression or super */ null && ([
    'pass',
    'fail',
    'trap',
    'timeout',
    'unsupported',
    'error',
    'recorded',
    'skip',
    'xfail',
    'xpass'
]));
/**
 * basic: does it run WASI at all; wasi: preview1 calls; proposal: Wasm
 * features; component: WASI 0.2 components; component-0.3: WASI 0.3
 * components; custom: the user's own modules.
 */
const PROBE_CATEGORIES = (/* unused pure expression or super */ null && (['basic', 'wasi', 'proposal', 'component', 'component-0.3', 'custom']));
/** The stages of installing a runtime, where an install can fail. */
const INSTALL_STAGES = ['resolve', 'download', 'verify', 'extract'];
/** The stage at which a runtime failed: installing it, or running the modules. */
const FAILED_STAGES = [...INSTALL_STAGES, 'run'];
/**
 * Where a runtime came from: found on PATH, in the runner's tool cache,
 * installed by this run, restored from the Actions cache, the Node.js running
 * wasi-probe itself, or the kernel.
 */
const RUNTIME_SOURCES = (/* unused pure expression or super */ null && (['path', 'tool-cache', 'installed', 'cache', 'self', 'kernel']));
/** The sources whose folders are wasi-probe's (the tool cache): installed, found there, or restored into it. */
const TOOL_CACHE_SOURCES = ['installed', 'tool-cache', 'cache'];
/** Which check one of the user's tests failed first. */
const FAILED_CHECKS = (/* unused pure expression or super */ null && ([
    'start',
    'exit-code',
    'trap',
    'timeout',
    'stdout',
    'stderr',
    'connect',
    'send',
    'recv',
    'request',
    'kill'
]));
/** How an installed asset was verified. */
const VERIFIED_BY = (/* unused pure expression or super */ null && (['manifest', 'checksum-file', 'api-digest', 'unverified']));
/** What a .wasm file is: a core module, or a component of the component model. */
const MODULE_KINDS = (/* unused pure expression or super */ null && (['core', 'component']));
/** The WASI a module imports: preview1 (core modules), 0.2 or 0.3 (components), or none. */
const WASI_LEVELS = (/* unused pure expression or super */ null && (['preview1', '0.2', '0.3', 'none']));


/***/ }),

/***/ 870:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A7: () => (/* binding */ WRITE_LIMIT_BYTES),
/* harmony export */   M1: () => (/* binding */ watchWrites)
/* harmony export */ });
/* unused harmony export bytesBelow */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
// What a module may write into the directories of its run (RUNNER_TEMP, where
// its copies are): bounded, so that a module, or a runtime, cannot fill the
// runner's disk. Sizes are the files' own (a sparse file counts in full: a
// copy of it may not be sparse).


/** At most this many bytes more than they held at the start may a run's directories hold. */
const WRITE_LIMIT_BYTES = 1024 * 1024 * 1024;
/** How often a running process's directories are measured. */
const WATCH_INTERVAL_MS = 500;
/** The bytes the files below `dirs` hold (links are not followed). */
function bytesBelow(dirs) {
    let bytes = 0;
    const walk = (dir) => {
        let entries;
        try {
            entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { withFileTypes: true });
        }
        catch {
            return; // removed meanwhile, or not readable: nothing to count
        }
        for (const entry of entries) {
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, entry.name);
            if (entry.isDirectory())
                walk(path);
            else if (entry.isFile()) {
                try {
                    bytes += (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path).size;
                }
                catch {
                    // Gone meanwhile.
                }
            }
        }
    };
    dirs.forEach(walk);
    return bytes;
}
/** Calls `over` once the directories hold more than the limit beyond what they held now; returns the stop. */
function watchWrites(watch, over) {
    const allowed = bytesBelow(watch.dirs) + (watch.limitBytes ?? WRITE_LIMIT_BYTES);
    const timer = setInterval(() => {
        if (bytesBelow(watch.dirs) > allowed) {
            clearInterval(timer);
            over();
        }
    }, WATCH_INTERVAL_MS);
    timer.unref();
    return () => clearInterval(timer);
}


/***/ }),

/***/ 8016:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Dj: () => (/* binding */ WROTE_TOO_MUCH),
/* harmony export */   Fl: () => (/* binding */ EMPTY_CAPTURE),
/* harmony export */   R3: () => (/* binding */ runProcess),
/* harmony export */   TP: () => (/* binding */ killTree),
/* harmony export */   cz: () => (/* binding */ BoundedCapture),
/* harmony export */   dj: () => (/* binding */ cancelAllProcesses),
/* harmony export */   gD: () => (/* binding */ CANCELLED),
/* harmony export */   hP: () => (/* binding */ TEST_OUTPUT_LIMIT_BYTES),
/* harmony export */   mm: () => (/* binding */ isCancelled),
/* harmony export */   v0: () => (/* binding */ startChild),
/* harmony export */   vf: () => (/* binding */ CAPTURE_LIMIT_BYTES)
/* harmony export */ });
/* unused harmony export PIPES_GRACE_MS */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _disk_watch_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(870);
// Spawning with a timeout that kills the whole process tree, and output
// captured up to a bound. @actions/exec has no timeout, hence our own.


/** How much of each of stdout and stderr is kept; the rest is only counted. */
const CAPTURE_LIMIT_BYTES = 64 * 1024;
/**
 * How much of each stream a wasi-testsuite test keeps: its reads compare
 * against it, so it must hold more than any payload a spec plausibly reads.
 */
const TEST_OUTPUT_LIMIT_BYTES = 1024 * 1024;
const EMPTY_CAPTURE = { text: '', bytes: 0 };
/** Collects chunks until the limit, then only counts. */
class BoundedCapture {
    limit;
    chunks = [];
    kept = 0;
    total = 0;
    constructor(limit = CAPTURE_LIMIT_BYTES) {
        this.limit = limit;
    }
    add(chunk) {
        this.total += chunk.length;
        const room = this.limit - this.kept;
        if (room <= 0)
            return;
        const part = chunk.length > room ? chunk.subarray(0, room) : chunk;
        this.chunks.push(part);
        this.kept += part.length;
    }
    result() {
        return { text: Buffer.concat(this.chunks).toString('utf8'), bytes: this.total };
    }
}
/**
 * How long the pipes may stay open, and quiet, once the process itself has
 * exited: a grandchild that left the process group (setsid) and holds them
 * must not keep a run going past its limit. While output still comes in the
 * wait goes on, up to PIPES_GRACE_MOST_MS in all.
 */
const PIPES_GRACE_MS = 250;
const PIPES_GRACE_MOST_MS = 5000;
/** The end of a process the run's cancellation kept from starting, or killed. */
const CANCELLED = 'ECANCELED';
/** The end of a process killed for writing more than WRITE_LIMIT_BYTES into its run's directories. */
const WROTE_TOO_MUCH = 'EFBIG';
/** Every process started and not yet ended, so that a cancelled run can kill them all. */
const live = new Set();
let cancelled = false;
/** The processes a cancellation killed: their end is the cancellation's, not theirs. */
const killedByCancel = new WeakSet();
/**
 * Kills every process tree wasi-probe started, and refuses to start more: for
 * a run that is cancelled (SIGTERM, SIGINT), whose results are written with
 * what there is.
 */
function cancelAllProcesses() {
    cancelled = true;
    for (const child of live) {
        killedByCancel.add(child);
        killTree(child);
    }
}
/** True once cancelAllProcesses() has been called. */
function isCancelled() {
    return cancelled;
}
/**
 * Kills a child and everything it started. On POSIX the child leads its own
 * process group (spawned with `detached`), so the group is signalled.
 */
function killTree(child) {
    if (child.pid === undefined)
        return;
    if (process.platform === 'win32') {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)('taskkill', ['/pid', String(child.pid), '/T', '/F'], { stdio: 'ignore' });
        return;
    }
    try {
        process.kill(-child.pid, 'SIGKILL');
    }
    catch {
        child.kill('SIGKILL');
    }
}
/**
 * Spawns without a shell, in a process group of its own where the OS has
 * them. `ended` resolves once the pipes are closed, or PIPES_GRACE_MS after
 * the process exited if something else holds them; what the process left
 * running in its group is killed when it exits. It never rejects.
 */
function startChild(request, stdout = 'pipe', stdin = 'ignore') {
    if (cancelled)
        return { ended: Promise.resolve({ exitCode: null, signal: null, spawnError: CANCELLED }) };
    let child;
    try {
        child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(request.command, request.args, {
            cwd: request.cwd,
            env: request.env ?? process.env,
            stdio: [stdin, stdout, 'pipe'],
            detached: process.platform !== 'win32',
            windowsHide: true
        });
    }
    catch (error) {
        // Thrown before any process exists: a NUL in an argument, say.
        const code = error.code ?? String(error);
        return { ended: Promise.resolve({ exitCode: null, signal: null, spawnError: code }) };
    }
    live.add(child);
    let lastOutput = performance.now();
    for (const stream of [child.stdout, child.stderr])
        stream?.on('data', () => (lastOutput = performance.now()));
    let wroteTooMuch = false;
    const stopWatching = request.writes
        ? (0,_disk_watch_js__WEBPACK_IMPORTED_MODULE_1__/* .watchWrites */ .M1)(request.writes, () => {
            wroteTooMuch = true;
            killTree(child);
        })
        : () => { };
    const ended = new Promise((resolve) => {
        let settled = false;
        let grace;
        const settle = (end) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(grace);
            stopWatching();
            live.delete(child);
            const ours = killedByCancel.has(child) ? CANCELLED : wroteTooMuch ? WROTE_TOO_MUCH : undefined;
            resolve(ours ? { ...end, spawnError: ours } : end);
        };
        child.on('error', (error) => settle({ exitCode: null, signal: null, spawnError: error.code ?? error.message }));
        child.on('exit', (code, signal) => {
            // What it started and left behind goes with it.
            if (process.platform !== 'win32' && child.pid !== undefined) {
                try {
                    process.kill(-child.pid, 'SIGKILL');
                }
                catch {
                    // The group is empty: nothing was left.
                }
            }
            const exited = performance.now();
            const waitForPipes = () => {
                grace = setTimeout(
                // After the poll phase: output that was waiting while the loop was busy is read first.
                () => setImmediate(() => {
                    if (settled)
                        return;
                    const now = performance.now();
                    if (now - lastOutput < PIPES_GRACE_MS && now - exited < PIPES_GRACE_MOST_MS)
                        return waitForPipes();
                    for (const stream of [child.stdin, child.stdout, child.stderr])
                        stream?.destroy();
                    settle({ exitCode: code, signal });
                }), PIPES_GRACE_MS);
            };
            waitForPipes();
        });
        // 'close' waits for the pipes too, so no output is lost.
        child.on('close', (code, signal) => settle({ exitCode: code, signal }));
    });
    return { child, ended };
}
/** Runs one process to its end or to the timeout; never rejects. */
async function runProcess(request) {
    const started = performance.now();
    const stdout = new BoundedCapture();
    const stderr = new BoundedCapture();
    let timedOut = false;
    const { child, ended } = startChild(request, 'pipe', request.stdin === undefined ? 'ignore' : 'pipe');
    // A process that exits without reading its stdin makes the write fail with EPIPE: that is its business.
    child?.stdin?.on('error', () => { });
    child?.stdin?.end(request.stdin, 'utf8');
    const timer = setTimeout(() => {
        timedOut = true;
        if (child)
            killTree(child);
    }, request.timeoutMs);
    child?.stdout?.on('data', (chunk) => stdout.add(chunk));
    child?.stderr?.on('data', (chunk) => stderr.add(chunk));
    const end = await ended;
    clearTimeout(timer);
    return {
        exitCode: end.exitCode,
        signal: end.signal,
        stdout: stdout.result(),
        stderr: stderr.result(),
        durationMs: Math.round(performance.now() - started),
        timedOut,
        ...(end.spawnError ? { spawnError: end.spawnError } : {})
    };
}


/***/ }),

/***/ 2808:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G8: () => (/* binding */ platformLabel),
/* harmony export */   MT: () => (/* binding */ assetMatching),
/* harmony export */   Nt: () => (/* binding */ escapeRegExp),
/* harmony export */   Pd: () => (/* binding */ isUnavailable),
/* harmony export */   Wg: () => (/* binding */ assetNamed),
/* harmony export */   e7: () => (/* binding */ noBuild)
/* harmony export */ });
/* unused harmony export ALL_PLATFORMS */
// What the installer needs to know of a runtime's GitHub releases: where they
// are, how tags read, and which asset fits which platform.
function isUnavailable(choice) {
    return 'unavailable' in choice;
}
function platformLabel(platform) {
    return [platform.os, platform.arch, platform.libc].filter(Boolean).join('-');
}
/** The asset `name` when the release has it; otherwise why not. */
function assetNamed(names, name, format) {
    return names.includes(name) ? { name, format } : { unavailable: `the release has no asset ${name}` };
}
/** The first asset whose name matches `pattern` (names that change between releases). */
function assetMatching(names, pattern, format, described) {
    const name = [...names].sort().find((candidate) => pattern.test(candidate));
    return name ? { name, format } : { unavailable: `the release has no asset ${described}` };
}
function noBuild(runtime, platform, why = '') {
    return {
        unavailable: `${runtime} publishes no build for ${platformLabel(platform)}${why ? `: ${why}` : ''}`
    };
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** Every platform runtimes publish builds for, as the manifest records them. */
const ALL_PLATFORMS = [
    { os: 'linux', arch: 'x64', libc: 'glibc' },
    { os: 'linux', arch: 'x64', libc: 'musl' },
    { os: 'linux', arch: 'arm64', libc: 'glibc' },
    { os: 'linux', arch: 'arm64', libc: 'musl' },
    { os: 'macos', arch: 'x64', libc: null },
    { os: 'macos', arch: 'arm64', libc: null },
    { os: 'windows', arch: 'x64', libc: null },
    { os: 'windows', arch: 'arm64', libc: null }
];


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 5574:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
