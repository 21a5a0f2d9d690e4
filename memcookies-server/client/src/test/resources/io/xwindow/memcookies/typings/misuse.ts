memcookies.setCookies({ sid: 'AZ3f' });
memcookies.allowOrigins('https://api.example');
