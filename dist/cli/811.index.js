export const id = 811;
export const ids = [811];
export const modules = {

/***/ 6811:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   actionsCache: () => (/* binding */ actionsCache),
/* harmony export */   actionsCacheAvailable: () => (/* binding */ actionsCacheAvailable)
/* harmony export */ });
/* harmony import */ var _actions_cache__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9312);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _runtimes_release_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2808);
// `cache: true`: keeps installed runtimes in the Actions cache, since the tool
// cache does not outlive a hosted job. Failures here are warnings: a cache
// that cannot be read or written only costs a download.



function actionsCacheAvailable() {
    return _actions_cache__WEBPACK_IMPORTED_MODULE_0__/* .isFeatureAvailable */ .w3();
}
/** The Actions cache, holding each runtime's tool-cache folder and its `.complete` marker. */
function actionsCache(platform, warn) {
    const paths = (id, version) => {
        const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(process.env.RUNNER_TOOL_CACHE ?? '', id, version, platform.arch);
        return [dir, `${dir}.complete`];
    };
    const key = (id, version) => `wasi-probe-${id}-${version}-${(0,_runtimes_release_js__WEBPACK_IMPORTED_MODULE_2__/* .platformLabel */ .G8)(platform)}`;
    return {
        async restore(id, version) {
            try {
                return (await _actions_cache__WEBPACK_IMPORTED_MODULE_0__/* .restoreCache */ .P3(paths(id, version), key(id, version))) !== undefined;
            }
            catch (error) {
                warn(`${id}: the Actions cache could not be read: ${error instanceof Error ? error.message : error}`);
                return false;
            }
        },
        async save(id, version) {
            try {
                await _actions_cache__WEBPACK_IMPORTED_MODULE_0__/* .saveCache */ .Io(paths(id, version), key(id, version));
            }
            catch (error) {
                warn(`${id}: the Actions cache could not be written: ${error instanceof Error ? error.message : error}`);
            }
        }
    };
}


/***/ })

};
