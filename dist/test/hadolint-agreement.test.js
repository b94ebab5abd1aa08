import { describe, expect, it } from 'vitest';
import { checks } from '../checks/index.js';
import { lintText } from '../src/api.js';
const lines = (...text) => text.join('\n') + '\n';
/** hadolint's package specs are bare RUN lines: kubeready needs a stage to hold them. */
const onDebian = (...text) => lines('FROM debian:12.7', ...text);
const onAlpine = (...text) => lines('FROM alpine:3.20', ...text);
const sha = 'sha256:7959ed6f7e35f8b1aaa06d1d8259d4ee25aa85a086d5c125480c333183f9deeb';
const variablesResolved = {
    reason: 'hadolint skips a FROM holding a variable; kubeready substitutes the ARG defaults, as docker build does',
    documented: 'hadolint skips every FROM holding a variable, where kubeready resolves the defaults',
};
const dl3006 = {
    rule: 'DL3006',
    check: 'dockerfile-base-unpinned',
    finding: (message) => message.includes('has no tag'),
    cases: [
        { name: 'no untagged', dockerfile: lines('FROM debian'), hadolint: 'flags' },
        { name: 'no untagged with name', dockerfile: lines('FROM debian AS builder'), hadolint: 'flags' },
        { name: 'untagged digest is not an error', dockerfile: lines('FROM ruby@sha256:f1dbca0f5dbc9'), hadolint: 'passes' },
        { name: 'tagged is not an error', dockerfile: lines('FROM ruby:2'), hadolint: 'passes' },
        { name: 'using args is not an error', dockerfile: lines('FROM ${VALUE}'), hadolint: 'passes' },
        {
            name: 'local aliases are OK to be untagged',
            dockerfile: lines('FROM golang:1.9.3-alpine3.7 AS build', 'RUN foo', 'FROM build as unit-test', 'RUN bar', 'FROM alpine:3.7', 'RUN baz'),
            hadolint: 'passes',
        },
        {
            name: 'other untagged cases are not ok',
            dockerfile: lines('FROM golang:1.9.3-alpine3.7 AS build', 'RUN foo', 'FROM node as unit-test', 'RUN bar', 'FROM alpine:3.7', 'RUN baz'),
            hadolint: 'flags',
        },
        { name: 'scratch', dockerfile: lines('FROM scratch'), hadolint: 'passes' },
        { name: 'latest is a tag (DL3007 flags it, not DL3006)', dockerfile: lines('FROM debian:latest'), hadolint: 'passes', from: 'rule' },
        { name: 'a --platform flag is not the image', dockerfile: lines('FROM --platform=$BUILDPLATFORM golang AS build'), hadolint: 'flags', from: 'rule' },
        { name: 'a tagged image after --platform', dockerfile: lines('FROM --platform=linux/amd64 golang:1.22 AS build'), hadolint: 'passes', from: 'rule' },
        { name: 'an image of another registry', dockerfile: lines('FROM registry.example.com/team/app'), hadolint: 'flags', from: 'rule' },
        {
            name: 'a stage named only later is an image',
            dockerfile: lines('FROM build AS test', 'RUN make test', 'FROM golang:1.22 AS build'),
            hadolint: 'flags',
            from: 'rule',
        },
        { name: 'an ARG without a default', dockerfile: lines('ARG BASE', 'FROM ${BASE}'), hadolint: 'passes', from: 'rule' },
        { name: 'an ARG default with a tag', dockerfile: lines('ARG BASE=debian:12.7', 'FROM ${BASE}'), hadolint: 'passes', from: 'rule' },
        { name: 'an ARG default without a tag', dockerfile: lines('ARG BASE=debian', 'FROM ${BASE}'), hadolint: 'passes', from: 'rule', differs: variablesResolved },
    ],
};
const dl3007 = {
    rule: 'DL3007',
    check: 'dockerfile-base-unpinned',
    finding: (message) => message.includes('uses the moving tag :latest'),
    cases: [
        { name: 'explicit latest', dockerfile: lines('FROM debian:latest'), hadolint: 'flags' },
        { name: 'explicit latest with name', dockerfile: lines('FROM debian:latest AS builder'), hadolint: 'flags' },
        { name: 'explicit tagged', dockerfile: lines('FROM debian:jessie'), hadolint: 'passes' },
        { name: 'explicit SHA', dockerfile: lines(`FROM hub.docker.io/debian@${sha}`), hadolint: 'passes' },
        { name: 'explicit tagged and SHA', dockerfile: lines(`FROM hub.docker.io/debian:latest@${sha}`), hadolint: 'passes' },
        { name: 'explicit tagged with name', dockerfile: lines('FROM debian:jessie AS builder'), hadolint: 'passes' },
        { name: 'no tag is DL3006, not DL3007', dockerfile: lines('FROM debian'), hadolint: 'passes', from: 'rule' },
        { name: 'latest after --platform', dockerfile: lines('FROM --platform=linux/amd64 debian:latest'), hadolint: 'flags', from: 'rule' },
        { name: 'latest of another registry', dockerfile: lines('FROM registry.example.com/team/app:latest'), hadolint: 'flags', from: 'rule' },
        {
            name: 'latest in a build stage, the final stage pinned',
            dockerfile: lines('FROM golang:latest AS build', 'RUN go build', 'FROM debian:12.7', 'COPY --from=build /app /app'),
            hadolint: 'flags',
            from: 'rule',
        },
        { name: 'scratch', dockerfile: lines('FROM scratch'), hadolint: 'passes', from: 'rule' },
        { name: 'an ARG default tag other than latest', dockerfile: lines('ARG TAG=12.7', 'FROM debian:${TAG}'), hadolint: 'passes', from: 'rule' },
        { name: 'a tag from an ARG without a default', dockerfile: lines('ARG TAG', 'FROM debian:${TAG}'), hadolint: 'passes', from: 'rule' },
        { name: 'an ARG default of latest', dockerfile: lines('ARG TAG=latest', 'FROM debian:${TAG}'), hadolint: 'passes', from: 'rule', differs: variablesResolved },
    ],
};
const missingUser = {
    reason: 'an image that sets no USER runs as root too; hadolint flags only an explicit root USER',
    documented: 'kubeready flags a missing USER too',
};
const earlierStage = {
    reason: 'hadolint flags every stage that ends as root; kubeready judges the final stage, the image that runs',
    documented: 'kubeready judges only the final stage',
};
const dl3002 = {
    rule: 'DL3002',
    check: 'dockerfile-user-root',
    finding: () => true,
    cases: [
        { name: 'last user should not be root', dockerfile: lines('FROM scratch', 'USER root'), hadolint: 'flags' },
        { name: 'no root', dockerfile: lines('FROM scratch', 'USER foo'), hadolint: 'passes' },
        { name: 'no root UID', dockerfile: lines('FROM scratch', 'USER 0'), hadolint: 'flags' },
        { name: 'no root:root', dockerfile: lines('FROM scratch', 'USER root:root'), hadolint: 'flags' },
        { name: 'no UID:GID', dockerfile: lines('FROM scratch', 'USER 0:0'), hadolint: 'flags' },
        { name: 'can switch back to non root', dockerfile: lines('FROM scratch', 'USER root', 'RUN something', 'USER foo'), hadolint: 'passes' },
        {
            name: 'warns on transitive root user',
            dockerfile: lines('FROM debian as base', 'USER root', 'RUN something', 'FROM base', 'RUN something else'),
            hadolint: 'flags',
        },
        {
            name: 'warns on multiple stages',
            dockerfile: lines('FROM debian as base', 'USER root', 'RUN something', 'FROM scratch', 'USER foo', 'RUN something else'),
            hadolint: 'flags',
            differs: earlierStage,
        },
        {
            name: 'does not warn when switching in multiple stages',
            dockerfile: lines('FROM debian as base', 'USER root', 'RUN something', 'USER foo', 'FROM scratch', 'RUN something else'),
            hadolint: 'passes',
            differs: missingUser,
        },
        { name: 'a non-root user in the root group', dockerfile: lines('FROM debian:12.7', 'USER 10001:0'), hadolint: 'passes', from: 'rule' },
        { name: 'a user from a variable', dockerfile: lines('FROM debian:12.7', 'ARG APP_USER=app', 'USER ${APP_USER}'), hadolint: 'passes', from: 'rule' },
        {
            name: 'root in the final stage after a non-root base stage',
            dockerfile: lines('FROM debian:12.7 AS base', 'USER 1000', 'FROM base', 'USER root'),
            hadolint: 'flags',
            from: 'rule',
        },
        {
            name: 'a root base stage, the final stage built on it switches back',
            dockerfile: lines('FROM debian:12.7 AS base', 'USER root', 'FROM base', 'USER 1000'),
            hadolint: 'flags',
            from: 'rule',
            differs: earlierStage,
        },
        { name: 'no USER at all', dockerfile: lines('FROM debian:12.7', 'RUN something'), hadolint: 'passes', from: 'rule', differs: missingUser },
        { name: 'a distroless nonroot base without a USER', dockerfile: lines('FROM gcr.io/distroless/static-debian12:nonroot'), hadolint: 'passes', from: 'rule' },
    ],
};
const dl3008 = {
    rule: 'DL3008',
    check: 'dockerfile-packages-unpinned',
    finding: (message) => message.startsWith('apt-get installs') || message.startsWith('apt installs'),
    cases: [
        { name: 'apt-get version pinning', dockerfile: onDebian('RUN apt-get update && apt-get install python'), hadolint: 'flags' },
        { name: 'apt-get version pinning, in ONBUILD', dockerfile: onDebian('ONBUILD RUN apt-get update && apt-get install python'), hadolint: 'flags' },
        {
            name: 'apt-get pinned chained',
            dockerfile: onDebian('RUN apt-get update \\', ' && apt-get -yqq --no-install-recommends install nodejs=0.10 \\', ' && rm -rf /var/lib/apt/lists/*'),
            hadolint: 'passes',
        },
        {
            name: 'apt-get pinned regression',
            dockerfile: onDebian('RUN apt-get update && apt-get install --no-install-recommends -y \\', 'python-demjson=2.2.2* \\', 'wget=1.16.1* \\', 'git=1:2.5.0* \\', 'ruby=1:2.1.*'),
            hadolint: 'passes',
        },
        { name: 'apt-get version', dockerfile: onDebian('RUN apt-get install -y python=1.2.2'), hadolint: 'passes' },
        { name: 'apt-get local .deb', dockerfile: onDebian('RUN apt-get install ./wkhtmltox_0.12.5-1.bionic_amd64.deb'), hadolint: 'passes' },
        { name: 'apt-get pinned', dockerfile: onDebian('RUN apt-get -y --no-install-recommends install nodejs=0.10'), hadolint: 'passes' },
        {
            name: 'apt-get tolerate target-release',
            dockerfile: onDebian('RUN set -e &&\\', ' echo "deb http://http.debian.net/debian jessie-backports main" > /etc/apt/sources.list.d/jessie-backports.list &&\\', ' apt-get update &&\\', ' apt-get install -y --no-install-recommends -t jessie-backports openjdk-8-jdk=8u131-b11-1~bpo8+1 &&\\', ' rm -rf /var/lib/apt/lists/*'),
            hadolint: 'passes',
        },
        { name: 'one of several packages unpinned', dockerfile: onDebian('RUN apt-get install -y curl=7.88.1-10+deb12u8 git'), hadolint: 'flags', from: 'rule' },
        { name: 'unpinned after --no-install-recommends', dockerfile: onDebian('RUN apt-get install -y --no-install-recommends curl'), hadolint: 'flags', from: 'rule' },
        { name: 'a target release is no version', dockerfile: onDebian('RUN apt-get install -t bookworm-backports curl'), hadolint: 'flags', from: 'rule' },
        {
            name: 'pinned in an && chain with cleanup',
            dockerfile: onDebian('RUN apt-get update && apt-get install -y curl=7.88.1-10+deb12u8 && rm -rf /var/lib/apt/lists/*'),
            hadolint: 'passes',
            from: 'rule',
        },
        {
            name: 'apt, not apt-get',
            dockerfile: onDebian('RUN apt install -y curl'),
            hadolint: 'passes',
            from: 'rule',
            differs: { reason: 'DL3008 reads apt-get only (DL3027 tells to use it); apt installs the same packages', documented: "hadolint's DL3008 reads apt-get only" },
        },
        {
            name: 'a release instead of a version',
            dockerfile: onDebian('RUN apt-get install -y curl/bookworm-backports'),
            hadolint: 'passes',
            from: 'rule',
            differs: { reason: 'hadolint counts any word with a / as pinned; name/release takes whatever version that release has', documented: 'name/release' },
        },
        {
            name: 'a package from a variable',
            dockerfile: onDebian('ARG PACKAGES', 'RUN apt-get install -y $PACKAGES'),
            hadolint: 'flags',
            from: 'rule',
            differs: { reason: 'the value, and so whether it holds a version, is known only at build time', documented: 'words holding a variable' },
        },
    ],
};
const dl3018 = {
    rule: 'DL3018',
    check: 'dockerfile-packages-unpinned',
    finding: (message) => message.startsWith('apk installs'),
    cases: [
        { name: 'apk add version pinning single', dockerfile: onAlpine('RUN apk add flex'), hadolint: 'flags' },
        { name: 'apk add version pinning single, in ONBUILD', dockerfile: onAlpine('ONBUILD RUN apk add flex'), hadolint: 'flags' },
        { name: 'apk add no version pinning single', dockerfile: onAlpine('RUN apk add flex=2.6.4-r1'), hadolint: 'passes' },
        { name: 'apk add tilde version pinning single', dockerfile: onAlpine('RUN apk add --no-cache git~2.52.0'), hadolint: 'passes' },
        { name: 'apk add version pinned chained', dockerfile: onAlpine('RUN apk add --no-cache flex=2.6.4-r1 \\', ' && pip install -r requirements.txt'), hadolint: 'passes' },
        {
            name: 'apk add version pinned regression',
            dockerfile: onAlpine('RUN apk add --no-cache \\', 'flex=2.6.4-r1 \\', 'libffi=3.2.1-r3 \\', 'python2=2.7.13-r1 \\', 'libbz2=1.0.6-r5'),
            hadolint: 'passes',
        },
        {
            name: 'apk add version pinned regression - one missed',
            dockerfile: onAlpine('RUN apk add --no-cache \\', 'flex=2.6.4-r1 \\', 'libffi \\', 'python2=2.7.13-r1 \\', 'libbz2=1.0.6-r5'),
            hadolint: 'flags',
        },
        {
            name: 'apk add virtual package',
            dockerfile: onAlpine('RUN apk add \\', '--virtual build-dependencies \\', 'python-dev=1.1.1 build-base=2.2.2 wget=3.3.3 \\', '&& pip install -r requirements.txt \\', '&& python setup.py install \\', '&& apk del build-dependencies'),
            hadolint: 'passes',
        },
        {
            name: 'apk add with repository without equal sign',
            dockerfile: onAlpine('RUN apk add --no-cache \\', '--repository https://nl.alpinelinux.org/alpine/edge/testing \\', 'flow=0.78.0-r0'),
            hadolint: 'passes',
        },
        {
            name: 'apk add with repository with equal sign',
            dockerfile: onAlpine('RUN apk add --no-cache \\', '--repository=https://nl.alpinelinux.org/alpine/edge/testing \\', 'flow=0.78.0-r0'),
            hadolint: 'passes',
        },
        {
            name: 'apk add with repository (-X) without equal sign',
            dockerfile: onAlpine('RUN apk add --no-cache \\', '-X https://nl.alpinelinux.org/alpine/edge/testing \\', 'flow=0.78.0-r0'),
            hadolint: 'passes',
        },
        { name: "don't trigger when installing from .apk file", dockerfile: onAlpine('RUN apk add mypackage-1.1.1.apk'), hadolint: 'passes' },
        { name: 'a virtual package name is no package', dockerfile: onAlpine('RUN apk add --no-cache --virtual .build-deps gcc'), hadolint: 'flags', from: 'rule' },
        { name: 'one of several packages unpinned', dockerfile: onAlpine('RUN apk add curl=8.9.1-r1 git'), hadolint: 'flags', from: 'rule' },
        { name: 'after apk update in an && chain', dockerfile: onAlpine('RUN apk update && apk add curl'), hadolint: 'flags', from: 'rule' },
        {
            name: 'a > constraint',
            dockerfile: onAlpine("RUN apk add 'curl>8.0'"),
            hadolint: 'flags',
            from: 'rule',
            differs: { reason: 'hadolint takes only = and ~ (so >= but not >); kubeready takes every apk constraint, as it takes pip ranges', documented: "apk's < and > constraints" },
        },
    ],
};
const dl3013 = {
    rule: 'DL3013',
    check: 'dockerfile-packages-unpinned',
    finding: (message) => message.startsWith('pip installs'),
    cases: [
        { name: 'pip2 version not pinned', dockerfile: onDebian('RUN pip2 install MySQL_python'), hadolint: 'flags' },
        { name: 'pip2 version not pinned, in ONBUILD', dockerfile: onDebian('ONBUILD RUN pip2 install MySQL_python'), hadolint: 'flags' },
        { name: 'pip3 version not pinned', dockerfile: onDebian('RUN pip3 install MySQL_python'), hadolint: 'flags' },
        { name: 'pip3 version pinned', dockerfile: onDebian('RUN pip3 install MySQL_python==1.2.2'), hadolint: 'passes' },
        { name: 'pip3 install from local package (.whl)', dockerfile: onDebian('RUN pip3 install mypkg.whl'), hadolint: 'passes' },
        { name: 'pip3 install from local package (.tar.gz)', dockerfile: onDebian('RUN pip3 install mypkg.tar.gz'), hadolint: 'passes' },
        { name: 'pip install requirements', dockerfile: onDebian('RUN pip install -r requirements.txt'), hadolint: 'passes' },
        { name: 'pip install requirements with long flag', dockerfile: onDebian('RUN pip install --requirement requirements.txt'), hadolint: 'passes' },
        { name: 'pip install use setup.py', dockerfile: onDebian('RUN pip install .'), hadolint: 'passes' },
        { name: 'pip version not pinned', dockerfile: onDebian('RUN pip install MySQL_python'), hadolint: 'flags' },
        { name: 'pip version pinned', dockerfile: onDebian('RUN pip install MySQL_python==1.2.2'), hadolint: 'passes' },
        { name: 'pip version pinned with ~= operator', dockerfile: onDebian('RUN pip install MySQL_python~=1.2.2'), hadolint: 'passes' },
        { name: 'pip version pinned with === operator', dockerfile: onDebian('RUN pip install MySQL_python===1.2.2'), hadolint: 'passes' },
        { name: 'pip version pinned with flag --ignore-installed', dockerfile: onDebian('RUN pip install --ignore-installed MySQL_python==1.2.2'), hadolint: 'passes' },
        { name: 'pip version pinned with flag --build', dockerfile: onDebian('RUN pip3 install --build /opt/yamllint yamllint==1.20.0'), hadolint: 'passes' },
        { name: 'pip version pinned with flag --prefix', dockerfile: onDebian('RUN pip3 install --prefix /opt/yamllint yamllint==1.20.0'), hadolint: 'passes' },
        { name: 'pip version pinned with flag --root', dockerfile: onDebian('RUN pip3 install --root /opt/yamllint yamllint==1.20.0'), hadolint: 'passes' },
        { name: 'pip version pinned with flag --target', dockerfile: onDebian('RUN pip3 install --target /opt/yamllint yamllint==1.20.0'), hadolint: 'passes' },
        { name: 'pip version pinned with flag --trusted-host', dockerfile: onDebian('RUN pip3 install --trusted-host host example==1.2.2'), hadolint: 'passes' },
        { name: 'pip version pinned with python -m', dockerfile: onDebian('RUN python -m pip install example==1.2.2'), hadolint: 'passes' },
        { name: 'pip version not pinned with python -m', dockerfile: onDebian('RUN python -m pip install example'), hadolint: 'flags' },
        { name: 'pip version not pinned with python -m and --index-url', dockerfile: onDebian('RUN python -m pip install --index-url url example'), hadolint: 'flags' },
        { name: 'pip install git (https)', dockerfile: onDebian('RUN pip install git+https://github.com/rtfd/r-ext.git@0.6-alpha#egg=r-ext'), hadolint: 'passes' },
        { name: 'pip install git (ssh)', dockerfile: onDebian('RUN pip install git+ssh://github.com/rtfd/r-ext.git@0.6-alpha#egg=r-ext'), hadolint: 'passes' },
        { name: 'pip install unversioned git (https)', dockerfile: onDebian('RUN pip install git+https://github.com/rtfd/read-ext.git#egg=read-ext'), hadolint: 'flags' },
        { name: 'pip install unversioned git (ssh)', dockerfile: onDebian('RUN pip install git+ssh://github.com/rtfd/read-ext.git#egg=read-ext'), hadolint: 'flags' },
        { name: 'pip install local dir', dockerfile: onDebian('RUN pip install foo/bar'), hadolint: 'passes' },
        { name: 'pip install https url package', dockerfile: onDebian('RUN pip install https://foo.bar/baz.zip'), hadolint: 'passes' },
        { name: 'pip install upper bound', dockerfile: onDebian("RUN pip install 'alabaster>=0.7'"), hadolint: 'passes' },
        { name: 'pip install lower bound', dockerfile: onDebian("RUN pip install 'alabaster<0.7'"), hadolint: 'passes' },
        { name: 'pip install excluded version', dockerfile: onDebian("RUN pip install 'alabaster!=0.7'"), hadolint: 'passes' },
        { name: 'pip install user directory', dockerfile: onDebian('RUN pip install MySQL_python==1.2.2 --user'), hadolint: 'passes' },
        { name: 'pip install no pip version check', dockerfile: onDebian('RUN pip install MySQL_python==1.2.2 --disable-pip-version-check'), hadolint: 'passes' },
        { name: 'pip install --index-url', dockerfile: onDebian('RUN pip install --index-url https://eg.com/foo foobar==1.0.0'), hadolint: 'passes' },
        {
            name: 'pip install --index-url with --extra-index-url',
            dockerfile: onDebian('RUN pip install --index-url https://eg.com/foo --extra-index-url https://ex-eg.io/foo foobar==1.0.0'),
            hadolint: 'passes',
        },
        { name: 'pip install no cache dir', dockerfile: onDebian('RUN pip install MySQL_python==1.2.2 --no-cache-dir'), hadolint: 'passes' },
        { name: 'pip install constraints file - long version argument', dockerfile: onDebian('RUN pip install pykafka --constraint http://foo.bar.baz'), hadolint: 'passes' },
        { name: 'pip install constraints file - short version argument', dockerfile: onDebian('RUN pip install pykafka -c http://foo.bar.baz'), hadolint: 'passes' },
        {
            name: 'pip install --index-url with --extra-index-url with basic auth',
            dockerfile: onDebian('RUN pip install --index-url https://user:pass@eg.com/foo --extra-index-url https://user:pass@ex-eg.io/foo foobar==1.0.0'),
            hadolint: 'passes',
        },
        { name: 'pipenv is not pip', dockerfile: onDebian('RUN pipenv install black'), hadolint: 'passes' },
        { name: 'upgrading pip itself', dockerfile: onDebian('RUN pip install --upgrade pip'), hadolint: 'flags', from: 'rule' },
        { name: 'an editable local project', dockerfile: onDebian('RUN pip install -e .'), hadolint: 'passes', from: 'rule' },
        {
            name: 'a package named beside a requirements file',
            dockerfile: onDebian('RUN pip install -r requirements.txt gunicorn'),
            hadolint: 'passes',
            from: 'rule',
            differs: {
                reason: 'hadolint skips the whole command when it reads a requirements file; the package named beside it is unpinned all the same',
                documented: 'a package named beside a requirements file',
            },
        },
    ],
};
/**
 * hadolint's DL3016 reads local and global installs alike (it drops every flag), so a spec case written
 * as a local install keeps its verdict with -g, which kubeready needs to judge the packages at all.
 */
const dl3016 = {
    rule: 'DL3016',
    check: 'dockerfile-packages-unpinned',
    finding: (message) => message.startsWith('npm installs'),
    cases: [
        { name: 'version pinned in package.json', dockerfile: onDebian('RUN npm install'), hadolint: 'passes' },
        { name: 'version pinned in package.json with arguments', dockerfile: onDebian('RUN npm install --progress=false'), hadolint: 'passes' },
        { name: 'version pinned', dockerfile: onDebian('RUN npm install -g express@4.1.1'), hadolint: 'passes' },
        { name: 'version pinned with scope', dockerfile: onDebian('RUN npm install -g @myorg/privatepackage@">=0.1.0"'), hadolint: 'passes' },
        { name: 'version range with scope', dockerfile: onDebian('RUN npm install -g @myorg/privatepackage@">=0.1.0 <0.2.0"'), hadolint: 'passes' },
        { name: 'version pinned multiple packages', dockerfile: onDebian('RUN npm install -g express@"4.1.1" sax@0.1.1'), hadolint: 'passes' },
        { name: 'version pinned with --global', dockerfile: onDebian('RUN npm install --global express@"4.1.1"'), hadolint: 'passes' },
        { name: 'version pinned with -g', dockerfile: onDebian('RUN npm install -g express@"4.1.1"'), hadolint: 'passes' },
        { name: 'tarball suffix .tar', dockerfile: onDebian('RUN npm install -g package-v1.2.3.tar'), hadolint: 'passes' },
        { name: 'tarball suffix .tar.gz', dockerfile: onDebian('RUN npm install -g package-v1.2.3.tar.gz'), hadolint: 'passes' },
        { name: 'tarball suffix .tgz', dockerfile: onDebian('RUN npm install -g package-v1.2.3.tgz'), hadolint: 'passes' },
        { name: 'folder - absolute path', dockerfile: onDebian('RUN npm install -g /folder'), hadolint: 'passes' },
        { name: 'folder - relative path from current folder', dockerfile: onDebian('RUN npm install -g ./folder'), hadolint: 'passes' },
        { name: 'folder - relative path to parent folder', dockerfile: onDebian('RUN npm install -g ../folder'), hadolint: 'passes' },
        { name: 'folder - relative path from home', dockerfile: onDebian('RUN npm install -g ~/folder'), hadolint: 'passes' },
        { name: 'commit pinned for git+ssh', dockerfile: onDebian('RUN npm install -g git+ssh://git@github.com:npm/npm.git#v1.0.27'), hadolint: 'passes' },
        { name: 'commit pinned for git+http', dockerfile: onDebian('RUN npm install -g git+http://isaacs@github.com/npm/npm#semver:^5.0'), hadolint: 'passes' },
        { name: 'commit pinned for git+https', dockerfile: onDebian('RUN npm install -g git+https://isaacs@github.com/npm/npm.git#v1.0.27'), hadolint: 'passes' },
        { name: 'commit pinned for git', dockerfile: onDebian('RUN npm install -g git://github.com/npm/npm.git#v1.0.27'), hadolint: 'passes' },
        { name: 'npm run install is fine', dockerfile: onDebian('RUN npm run --crazy install'), hadolint: 'passes' },
        { name: 'version not pinned', dockerfile: onDebian('RUN npm install -g express'), hadolint: 'flags' },
        { name: 'version not pinned, in ONBUILD', dockerfile: onDebian('ONBUILD RUN npm install -g express'), hadolint: 'flags' },
        { name: 'version not pinned with scope', dockerfile: onDebian('RUN npm install -g @myorg/privatepackage'), hadolint: 'flags' },
        { name: 'version not pinned multiple packages', dockerfile: onDebian('RUN npm install -g express sax@0.1.1'), hadolint: 'flags' },
        { name: 'version not pinned with --global', dockerfile: onDebian('RUN npm install --global express'), hadolint: 'flags' },
        { name: 'commit not pinned for git+ssh', dockerfile: onDebian('RUN npm install -g git+ssh://git@github.com:npm/npm.git'), hadolint: 'flags' },
        { name: 'commit not pinned for git+http', dockerfile: onDebian('RUN npm install -g git+http://isaacs@github.com/npm/npm'), hadolint: 'flags' },
        { name: 'commit not pinned for git+https', dockerfile: onDebian('RUN npm install -g git+https://isaacs@github.com/npm/npm.git'), hadolint: 'flags' },
        { name: 'commit not pinned for git', dockerfile: onDebian('RUN npm install -g git://github.com/npm/npm.git'), hadolint: 'flags' },
        { name: "don't fire on loglevel flag", dockerfile: onDebian('RUN npm install -g --loglevel verbose sax@0.1.1'), hadolint: 'passes' },
        { name: "don't fire on registry flag", dockerfile: onDebian('RUN npm install -g --registry https://example.com sax@0.1.1'), hadolint: 'passes' },
        { name: 'version not pinned with --registry flag', dockerfile: onDebian('RUN npm install -g --registry https://example.com express'), hadolint: 'flags' },
        { name: 'version not pinned with --registry=value form', dockerfile: onDebian('RUN npm install -g --registry=https://example.com express'), hadolint: 'flags' },
        { name: 'a GitHub repository without a commit', dockerfile: onDebian('RUN npm install -g npm/npm'), hadolint: 'flags', from: 'rule' },
        {
            name: 'a GitHub repository at a commit',
            dockerfile: onDebian('RUN npm install -g npm/npm#v1.0.27'),
            hadolint: 'flags',
            from: 'rule',
            differs: { reason: 'hadolint reads a #ref on git URLs only; user/repo#ref is the same git source at the same ref', documented: "a #ref on GitHub's user/repo" },
        },
        {
            name: 'version not pinned, a local install',
            dockerfile: onDebian('RUN npm install express'),
            hadolint: 'flags',
            differs: { reason: 'a local install goes into package.json and the lock file, which pin it', documented: 'DL3016 also flags a local npm install of named packages' },
        },
        {
            name: 'the tag latest',
            dockerfile: onDebian('RUN npm install -g typescript@latest'),
            hadolint: 'passes',
            from: 'rule',
            differs: { reason: 'hadolint counts any @ as a version; @latest and @next are tags that move', documented: 'hadolint counts any @ as a version' },
        },
        {
            name: 'npm i, the alias of install',
            dockerfile: onDebian('RUN npm i -g typescript'),
            hadolint: 'passes',
            from: 'rule',
            differs: { reason: 'hadolint reads the word install only; npm i and npm add install just the same', documented: 'npm i and npm add' },
        },
    ],
};
const tables = [dl3006, dl3007, dl3002, dl3008, dl3018, dl3013, dl3016];
/** kubeready's verdict for one rule: does the check report a finding that is that rule's? */
function kubereadyVerdict(table, dockerfile) {
    const selected = checks.filter((check) => check.meta.id === table.check || check.meta.id === 'dockerfile-syntax');
    const { findings } = lintText(dockerfile, 'Dockerfile', selected);
    // A case that does not parse would pass for nothing.
    expect(findings.filter((finding) => finding.checkId !== table.check).map((finding) => finding.message)).toEqual([]);
    return findings.some((finding) => finding.checkId === table.check && table.finding(finding.message)) ? 'flags' : 'passes';
}
describe.each(tables)('$rule ($check)', (table) => {
    const description = checks.find((check) => check.meta.id === table.check)?.meta.description ?? '';
    it.each(table.cases)('$name: hadolint $hadolint', ({ dockerfile, hadolint, differs }) => {
        const verdict = kubereadyVerdict(table, dockerfile);
        if (!differs) {
            expect(verdict).toBe(hadolint);
            return;
        }
        expect(verdict, `listed as a difference (${differs.reason}), but kubeready agrees: drop the entry`).not.toBe(hadolint);
        expect(description, `the check's description must say: ${differs.reason}`).toContain(differs.documented);
    });
    it('has both verdicts among its cases', () => {
        const verdicts = new Set(table.cases.map((c) => c.hadolint));
        expect([...verdicts].sort()).toEqual(['flags', 'passes']);
    });
});
