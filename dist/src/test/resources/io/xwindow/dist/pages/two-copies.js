// Two copies of the package in one bundle, as two versions of it are when two dependencies pin
// different ones: each listens to one name.
import { on as onOne } from 'xw-one/post-robot';
import { on as onTwo } from 'xw-two/post-robot';

onOne('fromOne', () => 'copy one answers');
onTwo('fromTwo', () => 'copy two answers');
